#!/usr/bin/env python3
"""Writes data/ of lecture-halls: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). The sample .ans files hold k and one optimal assignment (the heap
greedy), as shown on the problem page; the secret ones hold only k, the one number the output
validator reads, which keeps the data small. k is cross-checked against the depth of the intervals
(a sweep over sorted events), and each assignment is checked for overlaps.
"""
import heapq
import os
import random

random.seed(20261209)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
MAX_N, MAX_T = 10**5, 10**9


def assign(talks):
    order = sorted(range(len(talks)), key=lambda i: talks[i][0])
    busy, halls = [], [0] * len(talks)
    count = 0
    for i in order:
        s, e = talks[i]
        if busy and busy[0][0] <= s:
            _, hall = heapq.heappop(busy)
        else:
            count += 1
            hall = count
        halls[i] = hall
        heapq.heappush(busy, (e, hall))
    return count, halls


def depth(talks):
    events = sorted([(s, 1) for s, _ in talks] + [(e, -1) for _, e in talks])  # ends sort first
    best = cur = 0
    for _, delta in events:
        cur += delta
        best = max(best, cur)
    return best


def check_assignment(talks, k, halls):
    by_hall = {}
    for (s, e), h in zip(talks, halls):
        assert 1 <= h <= k
        by_hall.setdefault(h, []).append((s, e))
    for items in by_hall.values():
        items.sort()
        assert all(a[1] <= b[0] for a, b in zip(items, items[1:]))


def write(folder, name, talks):
    assert 1 <= len(talks) <= MAX_N and all(0 <= s < e <= MAX_T for s, e in talks)
    k, halls = assign(talks)
    assert k == depth(talks)
    check_assignment(talks, k, halls)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(f"{len(talks)}\n" + "".join(f"{s} {e}\n" for s, e in talks))
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(f"{k}\n{' '.join(map(str, halls))}\n" if folder == "sample" else f"{k}\n")


def talk(low, high, max_len):
    s = random.randint(low, high - 1)
    return (s, random.randint(s + 1, min(high, s + max_len)))


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    write("sample", "1", [(0, 30), (10, 20), (15, 40), (30, 60), (40, 50)])
    write("sample", "2", [(5, 8), (1, 3), (10, 12)])
    write("secret", "01-one-talk", [(0, MAX_T)])
    write("secret", "02-identical", [(7, 9)] * 6)
    write("secret", "03-touching-chain", [(i, i + 1) for i in range(200)][::-1])
    write("secret", "04-nested", [(i, 1000 - i) for i in range(100)])
    # processed in input order, a hall's last talk is not its latest one
    write("secret", "05-input-order-trap", [(50, 60), (0, 10), (5, 55), (10, 20), (20, 30)])
    write("secret", "06-staircase", [(i * 10, i * 10 + 25) for i in range(300)])
    write("secret", "07-small-random", [talk(0, 100, 20) for _ in range(200)])
    write("secret", "08-medium-random", [talk(0, 10**6, 5000) for _ in range(5000)])
    write("secret", "09-wide-times", [talk(0, MAX_T, 10**7) for _ in range(5000)])
    write("secret", "10-many-touching", [(a, a + 10) for a in (random.randrange(0, 2000, 10) for _ in range(3000))])
    # the large tests: thousands of talks run at once, so scanning the open halls is quadratic
    write("secret", "11-large-deep", [talk(0, 10**6, 5 * 10**5) for _ in range(10000)])
    # every talk runs at minute 9999.5: no hall ever frees up, k = n (small numbers keep the file small)
    write("secret", "12-large-all-overlap", [(random.randint(0, 9999), random.randint(10**4, 99999)) for _ in range(MAX_N)])


main()
