class FinishLine:
    def __init__(self):
        self.low = []  # max-heap of the smaller half, as negated times
        self.high = []  # min-heap of the larger half

    def add(self, seconds: int) -> None:
        if not self.low or seconds <= -self.low[0]:
            heapq.heappush(self.low, -seconds)
        else:
            heapq.heappush(self.high, seconds)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self) -> int:
        return -self.low[0]
