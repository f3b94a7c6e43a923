class Solution:
    def warmestAverage(self, readings: List[int], days: int) -> float:
        window = sum(readings[:days])
        best = window
        for i in range(days, len(readings)):
            window += readings[i] - readings[i - days]
            if window > best:
                best = window
        return best / days
