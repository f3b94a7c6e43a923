# Meets at the rounded average position: pulled away by far-off boats.
class Solution:
    def minTotalWalk(self, homes: List[int]) -> int:
        p = round(sum(homes) / len(homes))
        return sum(abs(h - p) for h in homes)
