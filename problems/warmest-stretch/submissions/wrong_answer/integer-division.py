class Solution:
    def warmestAverage(self, readings: List[int], days: int) -> float:
        window = sum(readings[:days])
        best = window
        for i in range(days, len(readings)):
            window += readings[i] - readings[i - days]
            best = max(best, window)
        return float(best // days)  # drops the fraction of the average
