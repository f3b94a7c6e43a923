"""Sorts a copy of all times at every question: O(k log k) per median."""


class FinishLine:
    def __init__(self):
        self.times = []

    def add(self, seconds: int) -> None:
        self.times.append(seconds)

    def median(self) -> int:
        ordered = sorted(self.times)
        return ordered[(len(ordered) + 1) // 2 - 1]
