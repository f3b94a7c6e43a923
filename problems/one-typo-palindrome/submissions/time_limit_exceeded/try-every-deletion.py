class Solution:
    def isOneTypoPalindrome(self, banner: str) -> bool:
        # correct, but builds and reverses a new string for every position: O(n^2)
        if banner == banner[::-1]:
            return True
        for k in range(len(banner)):
            rest = banner[:k] + banner[k + 1 :]
            if rest == rest[::-1]:
                return True
        return False
