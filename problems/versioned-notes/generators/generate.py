#!/usr/bin/env python3
"""Writes data/ of versioned-notes: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). Each test is one sequence of calls. Results come from a reference
with bisect; on every test with at most 3000 calls they are cross-checked against a linear scan.
"""
import bisect
import json
import os
import random
import string

random.seed(20261205)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
MAX_CALLS, MAX_TIME = 2 * 10**5, 10**9
TITLE = set(string.ascii_lowercase)
TEXT = set(string.ascii_lowercase + string.digits + " ")


class Reference:
    def __init__(self):
        self.notes = {}

    def save(self, title, text, time):
        times, texts = self.notes.setdefault(title, ([], []))
        times.append(time)
        texts.append(text)

    def recall(self, title, time):
        times, texts = self.notes.get(title, ([], []))
        k = bisect.bisect_right(times, time)
        return texts[k - 1] if k else ""

    def countBetween(self, title, a, b):
        times, _ = self.notes.get(title, ([], []))
        return bisect.bisect_right(times, b) - bisect.bisect_left(times, a)


class Brute:
    def __init__(self):
        self.log = []

    def save(self, title, text, time):
        self.log.append((title, text, time))

    def recall(self, title, time):
        best = ""
        for t, text, when in self.log:
            if t == title and when <= time:
                best = text
        return best

    def countBetween(self, title, a, b):
        return sum(1 for t, _, when in self.log if t == title and a <= when <= b)


def run(ops, args):
    ref, brute = Reference(), Brute() if len(ops) <= 3000 else None
    results = [None]
    last_save = 0
    for op, arg in zip(ops[1:], args[1:]):
        if op == "save":
            title, text, time = arg
            assert time > last_save and 1 <= time <= MAX_TIME
            assert 1 <= len(title) <= 10 and set(title) <= TITLE
            assert 1 <= len(text) <= 20 and set(text) <= TEXT
            last_save = time
        else:
            assert 1 <= len(arg[0]) <= 10 and set(arg[0]) <= TITLE
            assert all(1 <= x <= MAX_TIME for x in arg[1:])
            if op == "countBetween":
                assert arg[1] <= arg[2]
        result = getattr(ref, op)(*arg)
        if brute:
            assert result == getattr(brute, op)(*arg), (op, arg)
        results.append(result)
    return results


def write(folder, name, calls):
    ops = ["Notebook"] + [c[0] for c in calls]
    args = [[]] + [list(c[1:]) for c in calls]
    assert len(ops) <= MAX_CALLS
    results = run(ops, args)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps({"ops": ops, "args": args}, separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(results, separators=(",", ":")) + "\n")


def word(alphabet, low, high):
    return "".join(random.choice(alphabet) for _ in range(random.randint(low, high)))


def random_calls(count, titles, save_share, time_step, query_span):
    calls, now = [], 0
    for _ in range(count):
        title = random.choice(titles)
        if random.random() < save_share:
            now += random.randint(1, time_step)
            calls.append(("save", title, word(string.ascii_lowercase + string.digits + " ", 1, 6).strip() or "x", now))
        elif random.random() < 0.5:
            calls.append(("recall", title, random.randint(1, min(MAX_TIME, now + query_span))))
        else:
            a = random.randint(1, min(MAX_TIME, now + query_span))
            calls.append(("countBetween", title, a, random.randint(a, min(MAX_TIME, a + query_span))))
    assert now <= MAX_TIME
    return calls


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    write("sample", "1", [
        ("save", "todo", "milk", 3), ("save", "ideas", "kite", 5), ("save", "todo", "milk eggs", 8),
        ("recall", "todo", 2), ("recall", "todo", 3), ("recall", "todo", 7), ("recall", "todo", 100),
        ("countBetween", "todo", 1, 8), ("countBetween", "todo", 4, 7), ("recall", "shopping", 9),
    ])
    write("secret", "01-only-queries", [("recall", "a", 1), ("countBetween", "a", 1, MAX_TIME)])
    write("secret", "02-edges-of-time", [
        ("save", "a", "first", 1), ("save", "a", "last", MAX_TIME),
        ("recall", "a", 1), ("recall", "a", MAX_TIME - 1), ("recall", "a", MAX_TIME),
        ("countBetween", "a", 1, 1), ("countBetween", "a", MAX_TIME, MAX_TIME), ("countBetween", "a", 2, MAX_TIME - 1),
        ("countBetween", "a", 1, MAX_TIME),
    ])
    exact = [("save", "log", f"v{i}", 10 * i) for i in range(1, 30)]
    exact += [("recall", "log", 10 * i + d) for i in range(0, 31) for d in (-1, 0, 1) if 10 * i + d >= 1]
    exact += [("countBetween", "log", 10 * i, 10 * j) for i in range(1, 30, 4) for j in range(i, 31, 5)]
    write("secret", "03-exact-times", exact)
    write("secret", "04-titles-interleaved", random_calls(400, ["a", "b", "ab", "ba"], 0.5, 5, 20))
    write("secret", "05-many-titles", random_calls(3000, [word(string.ascii_lowercase, 1, 10) for _ in range(300)], 0.6, 1000, 5000))
    write("secret", "06-similar-titles", random_calls(2000, ["note", "notes", "not", "n", "notee"], 0.4, 3, 50))
    write("secret", "07-wide-times", random_calls(3000, ["x", "y"], 0.3, 300000, 10**8))
    # the large tests: one long history, queried over and over
    big = [("save", "diary", f"d{i}", 2 * i + 1) for i in range(1, 10001)]
    big += [("recall", "diary", random.randint(1, 20005)) for _ in range(6000)]
    big += [("countBetween", "diary", a, a + random.randint(0, 20000)) for a in (random.randint(1, 20000) for _ in range(4000))]
    write("secret", "08-long-history", big)
    write("secret", "09-large-mixed", random_calls(6000, ["alpha", "beta", "gamma"], 0.5, 20000, 10**6))


main()
