# Tries every boat as the picnic spot: O(n^2).
class Solution:
    def minTotalWalk(self, homes: List[int]) -> int:
        best = None
        for p in homes:
            total = 0
            for h in homes:
                total += abs(h - p)
            if best is None or total < best:
                best = total
        return best
