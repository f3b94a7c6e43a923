#!/usr/bin/env python3
"""Writes data/ of equal-teams: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). Answers by a DP over bitmasks; for n <= 9 they are cross-checked
against trying every assignment of runners to teams.
"""
import itertools
import json
import os
import random

random.seed(20261207)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
MAX_N, MAX_T = 16, 10**6


def answer(times, k):
    n, total = len(times), sum(times)
    if n % k or total % k:
        return False
    size, target = n // k, total // k
    mask_sum = [0] * (1 << n)
    for mask in range(1, 1 << n):
        low = (mask & -mask).bit_length() - 1
        mask_sum[mask] = mask_sum[mask & (mask - 1)] + times[low]
    reach = bytearray(1 << n)
    reach[0] = 1
    for mask in range(1 << n):
        if not reach[mask]:
            continue
        used = bin(mask).count("1")
        cur_size = used % size
        cur_sum = mask_sum[mask] - (used // size) * target
        for i in range(n):
            if mask >> i & 1:
                continue
            s = cur_sum + times[i]
            if s > target or (cur_size + 1 == size and s != target):
                continue
            reach[mask | 1 << i] = 1
    return bool(reach[(1 << n) - 1])


def brute(times, k):
    n = len(times)
    for assignment in itertools.product(range(k), repeat=n):
        sizes, sums = [0] * k, [0] * k
        for t, team in zip(times, assignment):
            sizes[team] += 1
            sums[team] += t
        if len(set(sizes)) == 1 and len(set(sums)) == 1:
            return True
    return False


def write(folder, name, times, k):
    assert 1 <= len(times) <= MAX_N and all(1 <= t <= MAX_T for t in times) and 1 <= k <= len(times)
    expected = answer(times, k)
    if len(times) <= 9 and k ** len(times) <= 300000:
        assert expected == brute(times, k)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([times, k]) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(expected) + "\n")
    return expected


def planted(k, size, target_low, target_high):
    """k teams of `size` runners with equal totals, shuffled: always true."""
    target = random.randint(target_low, target_high)
    times = []
    for _ in range(k):
        cuts = sorted(random.sample(range(1, target), size - 1))
        times += [b - a for a, b in zip([0] + cuts, cuts + [target])]
    random.shuffle(times)
    return times


def greedy(times, k):
    """The plausible wrong idea: largest first, into the lightest team that still has room."""
    n = len(times)
    if n % k or sum(times) % k:
        return False
    size = n // k
    sizes, sums = [0] * k, [0] * k
    for t in sorted(times, reverse=True):
        team = min((j for j in range(k) if sizes[j] < size), key=lambda j: sums[j])
        sizes[team] += 1
        sums[team] += t
    return len(set(sums)) == 1


def greedy_trap(k, size, low, high):
    while True:
        times = planted(k, size, low, high)
        if not greedy(times, k):
            return times


def hard_false(n, k, low, high, tries=4000):
    """Divisible sizes and totals, nobody above the target, and still no fair split."""
    for _ in range(tries):
        times = [random.randint(low, high) for _ in range(n)]
        excess = sum(times) % k
        times[0] += k - excess if excess else 0
        if times[0] > MAX_T or max(times) > sum(times) // k:
            continue
        if not answer(times, k):
            return times
    raise SystemExit(f"no hard false instance for n={n} k={k}")


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    write("sample", "1", [5, 3, 2, 4, 6, 4], 3)
    write("sample", "2", [1, 2, 3, 6], 2)
    write("sample", "3", [7, 7, 7], 2)
    for _ in range(150):
        n = random.randint(1, 8)
        k = random.choice([d for d in range(1, n + 1) if n % d == 0])
        times = [random.randint(1, 6) for _ in range(n)]
        if k ** n <= 300000:
            assert answer(times, k) == brute(times, k)
    write("secret", "01-one-runner", [42], 1)
    write("secret", "02-one-team", [3, 1, 4, 1, 5], 1)
    write("secret", "03-everyone-alone-equal", [9] * 16, 16)
    write("secret", "04-everyone-alone-unequal", [9] * 15 + [10], 16)
    write("secret", "05-sizes-do-not-divide", [2] * 15, 2)
    write("secret", "06-total-does-not-divide", [4, 4, 4, 5], 2)
    write("secret", "07-one-runner-too-slow", [1, 1, 1, 1, 1, 1, 1, 9], 2)
    # total splits evenly, sizes do not: {1, 2, 3} vs {6} style traps
    assert not write("secret", "08-sum-fits-size-not", [1, 1, 1, 1, 1, 5, 5, 5], 2)
    # greedy (largest first into the lightest team with room) misses these planted splits
    assert write("secret", "09-greedy-trap", greedy_trap(2, 4, 10, 30), 2)
    assert write("secret", "10-greedy-trap-k4", greedy_trap(4, 3, 10, 40), 4)
    write("secret", "11-planted-k2", planted(2, 8, 100, 10**6), 2)
    write("secret", "12-planted-k4", planted(4, 4, 50, 4 * 10**5), 4)
    write("secret", "13-planted-k8", planted(8, 2, 10, 2 * 10**6), 8)
    write("secret", "14-planted-k4-small-values", planted(4, 4, 12, 20), 4)
    # the large tests: no fair split, so every branch must be ruled out
    write("secret", "15-false-k4", hard_false(16, 4, 1, 1000), 4)
    write("secret", "16-false-k8", hard_false(16, 8, 1, 60), 8)
    write("secret", "17-false-k4-small-values", hard_false(16, 4, 1, 12), 4)
    write("secret", "18-false-k2", hard_false(16, 2, 1, 10**6), 2)
    write("secret", "19-false-k4-wide", hard_false(16, 4, 10**5, 10**6), 4)


main()
