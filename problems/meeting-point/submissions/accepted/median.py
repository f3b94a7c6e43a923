class Solution:
    def minTotalWalk(self, homes: List[int]) -> int:
        s = sorted(homes)
        p = s[(len(s) - 1) // 2]
        return sum(abs(h - p) for h in s)
