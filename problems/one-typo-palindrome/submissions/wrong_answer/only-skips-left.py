class Solution:
    def isOneTypoPalindrome(self, banner: str) -> bool:
        # at the first mismatch it always erases the left letter: wrong for "cbbcc"
        i, j = 0, len(banner) - 1
        erased = False
        while i < j:
            if banner[i] == banner[j]:
                i += 1
                j -= 1
            elif not erased:
                erased = True
                i += 1
            else:
                return False
        return True
