#!/usr/bin/env python3
"""Writes data/ of door-counter: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from a queue simulation, cross-checked against
counting all arrivals on every call for small tests.
"""
import json
import os
import random
from collections import deque

random.seed(20261202)
MAX_CALLS = 4 * 10**4
MAX_TIME = 10**9
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def solve(window, calls):
    queue = deque()
    results = [None]
    for op, time in calls:
        if op == "arrive":
            queue.append(time)
        while queue and queue[0] <= time - window:
            queue.popleft()
        results.append(len(queue))
    return results


def brute(window, calls):
    arrivals = []
    results = [None]
    for op, time in calls:
        if op == "arrive":
            arrivals.append(time)
        results.append(sum(time - window < a <= time for a in arrivals))
    return results


def random_calls(n, max_step, arrive_share=0.7, start=0):
    calls = []
    time = start
    for _ in range(n):
        time = min(MAX_TIME, time + random.randint(0, max_step))
        calls.append(("arrive" if random.random() < arrive_share else "recent", time))
    return calls


def check():
    for _ in range(1000):
        window = random.randint(1, 6)
        calls = random_calls(random.randint(1, 30), 3)
        assert solve(window, calls) == brute(window, calls)


def write(folder, name, window, calls):
    assert 1 <= window <= MAX_TIME and 1 + len(calls) <= MAX_CALLS
    assert all(0 <= t <= MAX_TIME for _, t in calls)
    assert all(a[1] <= b[1] for a, b in zip(calls, calls[1:]))
    ops = ["DoorCounter"] + [op for op, _ in calls]
    args = [[window]] + [[time] for _, time in calls]
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps({"ops": ops, "args": args}, separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(solve(window, calls), separators=(",", ":")) + "\n")


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    sample = [("arrive", 1), ("arrive", 5), ("arrive", 11), ("recent", 14), ("arrive", 15), ("recent", 100)]
    write("sample", "1", 10, sample)
    write("secret", "01-only-recent", 5, [("recent", 0), ("recent", 7)])
    write("secret", "02-window-one", 1, [("arrive", 3), ("arrive", 3), ("recent", 3), ("recent", 4), ("arrive", 4)])
    # arrivals exactly w seconds apart: the older one must just drop out
    write("secret", "03-exact-border", 10, [("arrive", 0), ("arrive", 10), ("arrive", 20), ("recent", 29), ("recent", 30)])
    write("secret", "04-same-second", 3, [("arrive", 7)] * 50 + [("recent", 9), ("recent", 10)])
    write("secret", "05-time-zero-and-max", MAX_TIME, [("arrive", 0), ("arrive", MAX_TIME - 1), ("recent", MAX_TIME)])
    write("secret", "06-small-random", 8, random_calls(300, 3))
    write("secret", "07-border-heavy", 100, [(op, t * 50) for op, t in random_calls(2000, 2)])
    # everything stays in the window: a scan over all arrivals is quadratic
    write("secret", "08-huge-window", MAX_TIME, random_calls(35_000, 3, 0.9))
    write("secret", "09-large-mixed", 5000, random_calls(20_000, 400, 0.6, start=10**6))


main()
