#!/usr/bin/env python3
"""Writes data/ of finish-line-median: `python3 generators/generate.py`.

Deterministic (fixed seed). Tests are JSON class-call sequences: .in {"ops": [...], "args":
[...]}, .ans one result per call (null for the constructor and add). The answers come from two
heaps, cross-checked by a sorted list.
"""
import bisect
import heapq
import json
import os
import random

random.seed(20261209)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
LIMIT = 10**9
MAX_CALLS = 4 * 10**4


def run_heaps(calls):
    low, high, out = [], [], []
    for op, args in calls:
        if op == "add":
            t = args[0]
            if not low or t <= -low[0]:
                heapq.heappush(low, -t)
            else:
                heapq.heappush(high, t)
            if len(low) > len(high) + 1:
                heapq.heappush(high, -heapq.heappop(low))
            elif len(high) > len(low):
                heapq.heappush(low, -heapq.heappop(high))
            out.append(None)
        else:
            out.append(-low[0])
    return out


def run_sorted(calls):
    times, out = [], []
    for op, args in calls:
        if op == "add":
            bisect.insort(times, args[0])
            out.append(None)
        else:
            out.append(times[(len(times) + 1) // 2 - 1])
    return out


def write(folder, name, calls):
    assert 1 <= len(calls) + 1 <= MAX_CALLS
    added = 0
    for op, args in calls:
        if op == "add":
            assert len(args) == 1 and 1 <= args[0] <= LIMIT
            added += 1
        else:
            assert op == "median" and args == [] and added > 0
    result = [None] + run_heaps(calls)
    assert result[1:] == run_sorted(calls), name
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    test = {"ops": ["FinishLine"] + [op for op, _ in calls], "args": [[]] + [args for _, args in calls]}
    with open(os.path.join(path, name + ".in"), "w") as f:
        f.write(json.dumps(test, separators=(",", ":")) + "\n")
    with open(os.path.join(path, name + ".ans"), "w") as f:
        f.write(json.dumps(result, separators=(",", ":")) + "\n")


def session(times, ask=0.5):
    """Adds the times in order, asking for the median after an add with probability `ask`."""
    calls = []
    for t in times:
        calls.append(("add", [t]))
        if random.random() < ask:
            calls.append(("median", []))
    return calls


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in os.listdir(path):
                os.remove(os.path.join(path, name))
    sample = []
    for t in (9000, 7200, 8000, 8000):
        sample += [("add", [t]), ("median", [])]
    write("sample", "1", sample)
    write("secret", "01-one-runner", [("add", [LIMIT]), ("median", []), ("median", [])])
    write("secret", "02-all-same", session([5] * 30, 1))
    write("secret", "03-increasing", session(list(range(1, 41)), 1))
    write("secret", "04-decreasing", session(list(range(40, 0, -1)), 1))
    write("secret", "05-two-clusters", session([1] * 10 + [LIMIT] * 10 + [1, LIMIT] * 5, 1))
    for i in range(6, 10):
        write("secret", f"{i:02}-random-small", session([random.randint(1, 20) for _ in range(random.randint(1, 40))], 0.7))
    write("secret", "10-random-medium", session([random.randint(1, LIMIT) for _ in range(3000)]))
    half = 15000
    write("secret", "11-large-random", session([random.randint(1, 99999) for _ in range(half)], 1))
    write("secret", "12-large-zigzag", session([(i if i % 2 else 99999 - i) + 1 for i in range(half)], 1))


main()
