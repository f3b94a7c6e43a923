# Records every request, refused ones included, so a client that keeps knocking stays locked out.
class Gatekeeper:

    def __init__(self, limit: int, window: int):
        self.limit = limit
        self.window = window
        self.seen = defaultdict(deque)

    def _recent(self, client: str, time: int) -> deque:
        q = self.seen[client]
        while q and q[0] <= time - self.window:
            q.popleft()
        return q

    def request(self, client: str, time: int) -> bool:
        q = self._recent(client, time)
        q.append(time)
        return len(q) <= self.limit

    def waitUntil(self, client: str, time: int) -> int:
        q = self._recent(client, time)
        return time if len(q) < self.limit else q[len(q) - self.limit] + self.window
