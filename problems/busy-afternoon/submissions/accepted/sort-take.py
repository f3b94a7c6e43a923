class Solution:
    def maxErrands(self, durations: List[int], freeMinutes: int) -> int:
        count = 0
        for d in sorted(durations):
            if d > freeMinutes:
                break
            freeMinutes -= d
            count += 1
        return count
