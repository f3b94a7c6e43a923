class Solution:
    def isOneTypoPalindrome(self, banner: str) -> bool:
        def mirrored(i: int, j: int) -> bool:
            while i < j:
                if banner[i] != banner[j]:
                    return False
                i += 1
                j -= 1
            return True

        i, j = 0, len(banner) - 1
        while i < j and banner[i] == banner[j]:
            i += 1
            j -= 1
        return i >= j or mirrored(i + 1, j) or mirrored(i, j - 1)
