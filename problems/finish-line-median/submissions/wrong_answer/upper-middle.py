"""Keeps the larger half one element bigger, so it announces the upper of the two middle times."""


class FinishLine:
    def __init__(self):
        self.low = []
        self.high = []

    def add(self, seconds: int) -> None:
        if self.high and seconds >= self.high[0]:
            heapq.heappush(self.high, seconds)
        else:
            heapq.heappush(self.low, -seconds)
        if len(self.low) > len(self.high):
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low) + 1:
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self) -> int:
        return self.high[0]
