# Scans every version of the note for each query: O(versions) per call.
class Notebook:

    def __init__(self):
        self.versions = defaultdict(list)

    def save(self, title: str, text: str, time: int) -> None:
        self.versions[title].append((time, text))

    def recall(self, title: str, time: int) -> str:
        best = ""
        for when, text in self.versions.get(title, []):
            if when <= time:
                best = text
        return best

    def countBetween(self, title: str, fromTime: int, toTime: int) -> int:
        count = 0
        for when, _ in self.versions.get(title, []):
            if fromTime <= when <= toTime:
                count += 1
        return count
