# Sorts and walks the pairs, but forgets the lonely sock can be the last one after sorting.
class Solution:
    def loneSock(self, socks: List[int]) -> int:
        socks = sorted(socks)
        for i in range(0, len(socks) - 1, 2):
            if socks[i] != socks[i + 1]:
                return socks[i]
        return 0
