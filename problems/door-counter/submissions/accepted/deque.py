class DoorCounter:

    def __init__(self, window: int):
        self.window = window
        self.times = deque()

    def arrive(self, time: int) -> int:
        self.times.append(time)
        return self.recent(time)

    def recent(self, time: int) -> int:
        while self.times and self.times[0] <= time - self.window:
            self.times.popleft()
        return len(self.times)
