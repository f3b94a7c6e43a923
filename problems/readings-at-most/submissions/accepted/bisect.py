class Solution:
    def countAtMost(self, readings: List[int], thresholds: List[int]) -> List[int]:
        s = sorted(readings)
        return [bisect.bisect_right(s, t) for t in thresholds]
