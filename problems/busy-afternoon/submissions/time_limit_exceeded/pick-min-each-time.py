# Finds the shortest remaining errand by scanning the list each time: O(n^2).
class Solution:
    def maxErrands(self, durations: List[int], freeMinutes: int) -> int:
        left = list(durations)
        count = 0
        while left:
            best = 0
            for i in range(1, len(left)):
                if left[i] < left[best]:
                    best = i
            d = left.pop(best)
            if d > freeMinutes:
                break
            freeMinutes -= d
            count += 1
        return count
