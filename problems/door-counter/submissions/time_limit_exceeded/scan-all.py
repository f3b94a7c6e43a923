class DoorCounter:

    def __init__(self, window: int):
        self.window = window
        self.times = []

    def arrive(self, time: int) -> int:
        self.times.append(time)
        return self.recent(time)

    def recent(self, time: int) -> int:
        # correct, but looks at every arrival ever made on every call: O(q^2)
        return sum(1 for t in self.times if t > time - self.window)
