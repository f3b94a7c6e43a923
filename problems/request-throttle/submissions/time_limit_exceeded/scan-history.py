# Keeps every accepted time and counts the window by scanning the whole history: O(n) per call.
class Gatekeeper:

    def __init__(self, limit: int, window: int):
        self.limit = limit
        self.window = window
        self.accepted = defaultdict(list)

    def _in_window(self, client: str, time: int) -> List[int]:
        return [s for s in self.accepted[client] if time - self.window < s <= time]

    def request(self, client: str, time: int) -> bool:
        if len(self._in_window(client, time)) < self.limit:
            self.accepted[client].append(time)
            return True
        return False

    def waitUntil(self, client: str, time: int) -> int:
        recent = self._in_window(client, time)
        return time if len(recent) < self.limit else recent[0] + self.window
