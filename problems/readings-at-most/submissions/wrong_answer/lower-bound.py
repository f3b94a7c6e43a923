# Uses the lower bound: readings equal to the threshold are not counted.
class Solution:
    def countAtMost(self, readings: List[int], thresholds: List[int]) -> List[int]:
        s = sorted(readings)
        return [bisect.bisect_left(s, t) for t in thresholds]
