#!/usr/bin/env python3
"""Writes data/ of request-throttle: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). Results from a deque-per-client reference; on tests with at most
3000 calls they are cross-checked against a brute force that keeps the whole history and, for
waitUntil, tries every second.
"""
import json
import os
import random
import string
from collections import defaultdict, deque

random.seed(20261206)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
MAX_CALLS, MAX_TIME, MAX_LIMIT = 2 * 10**5, 10**9, 10**5


class Reference:
    def __init__(self, limit, window):
        self.limit, self.window = limit, window
        self.queues = defaultdict(deque)

    def _queue(self, client, time):
        q = self.queues[client]
        while q and q[0] <= time - self.window:
            q.popleft()
        return q

    def request(self, client, time):
        q = self._queue(client, time)
        if len(q) < self.limit:
            q.append(time)
            return True
        return False

    def waitUntil(self, client, time):
        q = self._queue(client, time)
        return time if len(q) < self.limit else q[0] + self.window


class Brute:
    def __init__(self, limit, window):
        self.limit, self.window = limit, window
        self.accepted = defaultdict(list)

    def _ok(self, client, time):
        return sum(1 for s in self.accepted[client] if time - self.window < s <= time) < self.limit

    def request(self, client, time):
        if self._ok(client, time):
            self.accepted[client].append(time)
            return True
        return False

    def waitUntil(self, client, time):
        t = time
        while not self._ok(client, t):
            t += 1
        return t


def run(limit, window, calls):
    ref = Reference(limit, window)
    brute = Brute(limit, window) if len(calls) <= 3000 and window <= 10**4 else None
    results = [None]
    last = 0
    for op, client, time in calls:
        assert last <= time <= MAX_TIME and 1 <= time
        assert 1 <= len(client) <= 10 and set(client) <= set(string.ascii_lowercase)
        last = time
        result = getattr(ref, op)(client, time)
        if brute:
            assert result == getattr(brute, op)(client, time), (op, client, time)
        results.append(result)
    return results


def write(folder, name, limit, window, calls):
    assert 1 <= limit <= MAX_LIMIT and 1 <= window <= MAX_TIME and len(calls) < MAX_CALLS
    results = run(limit, window, calls)
    ops = ["Gatekeeper"] + [c[0] for c in calls]
    args = [[limit, window]] + [[c[1], c[2]] for c in calls]
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps({"ops": ops, "args": args}, separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(results, separators=(",", ":")) + "\n")


def random_calls(count, clients, max_gap, wait_share=0.2, start=1):
    calls, now = [], start
    for _ in range(count):
        now += random.randint(0, max_gap)
        op = "waitUntil" if random.random() < wait_share else "request"
        calls.append((op, random.choice(clients), now))
    return calls


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    write("sample", "1", 2, 10, [
        ("request", "ann", 1), ("request", "ann", 4), ("request", "ann", 9), ("waitUntil", "ann", 9),
        ("request", "bob", 9), ("request", "ann", 11), ("waitUntil", "ann", 12), ("request", "ann", 14),
    ])
    write("secret", "01-limit-one-window-one", 1, 1, [
        ("request", "a", 1), ("request", "a", 1), ("waitUntil", "a", 1), ("request", "a", 2), ("waitUntil", "a", 2),
    ])
    write("secret", "02-exact-boundary", 3, 100, [
        ("request", "x", 5), ("request", "x", 5), ("request", "x", 5), ("request", "x", 104),
        ("waitUntil", "x", 104), ("request", "x", 105), ("request", "x", 105), ("waitUntil", "x", 105),
        ("request", "x", 205), ("waitUntil", "x", 205),
    ])
    # refused requests keep coming: only the accepted ones may count
    write("secret", "03-hammering", 2, 5, [("request", "spam", t) for t in range(1, 60)])
    write("secret", "04-same-second-burst", 4, 3, [("request", c, 7) for c in "aabbbbbcaaab"] + [("waitUntil", c, 9) for c in "abcd"])
    write("secret", "05-few-clients", 3, 20, random_calls(2500, ["ann", "bob", "cy"], 4))
    write("secret", "06-many-clients", 2, 50, random_calls(2500, ["".join(random.choices("abc", k=3)) for _ in range(20)], 1))
    write("secret", "07-large-window-times", 5, 10**8, random_calls(3000, ["p", "q"], 500000, 0.3))
    write("secret", "08-time-near-max", 2, MAX_TIME, random_calls(200, ["old"], 10, 0.3, MAX_TIME - 3000))
    # the large tests: a big limit, so each client keeps a long queue that a scan would walk again and again
    write("secret", "09-big-limit-one-client", 8000, 30000, random_calls(16000, ["busy"], 2, 0.3))
    write("secret", "10-big-limit-two-clients", 5000, 10**6, random_calls(12000, ["left", "right"], 60, 0.25))


main()
