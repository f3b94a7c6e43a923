class Solution:
    def windowSwings(self, readings: List[int], width: int) -> List[int]:
        high, low = deque(), deque()
        swings = []
        for i, value in enumerate(readings):
            while high and readings[high[-1]] <= value:
                high.pop()
            while low and readings[low[-1]] >= value:
                low.pop()
            high.append(i)
            low.append(i)
            if high[0] <= i - width:
                high.popleft()
            if low[0] <= i - width:
                low.popleft()
            if i >= width - 1:
                swings.append(readings[high[0]] - readings[low[0]])
        return swings
