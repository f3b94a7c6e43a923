# Scans every reading for every threshold: O(n * q).
class Solution:
    def countAtMost(self, readings: List[int], thresholds: List[int]) -> List[int]:
        out = []
        for t in thresholds:
            count = 0
            for r in readings:
                if r <= t:
                    count += 1
            out.append(count)
        return out
