class Gatekeeper:

    def __init__(self, limit: int, window: int):
        self.limit = limit
        self.window = window
        self.accepted = defaultdict(deque)

    def _recent(self, client: str, time: int) -> deque:
        q = self.accepted[client]
        while q and q[0] <= time - self.window:
            q.popleft()
        return q

    def request(self, client: str, time: int) -> bool:
        q = self._recent(client, time)
        if len(q) < self.limit:
            q.append(time)
            return True
        return False

    def waitUntil(self, client: str, time: int) -> int:
        q = self._recent(client, time)
        return time if len(q) < self.limit else q[0] + self.window
