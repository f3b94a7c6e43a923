class Solution:
    def warmestAverage(self, readings: List[int], days: int) -> float:
        # correct, but sums each window from scratch: O(n * days)
        best = max(sum(readings[i : i + days]) for i in range(len(readings) - days + 1))
        return best / days
