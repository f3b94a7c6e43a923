class Solution:
    def loneSock(self, socks: List[int]) -> int:
        result = 0
        for x in socks:
            result ^= x
        return result
