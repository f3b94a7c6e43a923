#!/usr/bin/env python3
"""Writes data/ of digit-sum-multiples: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). The answers come from a digit DP here, checked against brute force
on small ranges first.
"""
import os
import random

random.seed(20250312)
MAX = 10**18
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")


def counter(k):
    # ways[length][r]: digit strings of this length whose digit sum is r modulo k
    ways = [[0] * k for _ in range(20)]
    ways[0][0] = 1
    for length in range(1, 20):
        for r in range(k):
            if ways[length - 1][r]:
                for d in range(10):
                    ways[length][(r + d) % k] += ways[length - 1][r]

    def count(n):
        """k-lucky numbers in [0, n] (0 included: its digit sum 0 is a multiple of k)."""
        if n < 0:
            return 0
        digits = list(map(int, str(n)))
        total, prefix = 0, 0
        for index, digit in enumerate(digits):
            rest = len(digits) - index - 1
            for d in range(digit):
                total += ways[rest][(-(prefix + d)) % k]
            prefix += digit
        return total + (1 if prefix % k == 0 else 0)

    return count


def digit_sum(x):
    return sum(map(int, str(x)))


def check():
    for k in (1, 2, 3, 7, 10, 45, 200):
        count = counter(k)
        for low, high in [(1, 1), (1, 500), (37, 2024), (999, 1001), (90, 90)]:
            slow = sum(1 for x in range(low, high + 1) if digit_sum(x) % k == 0)
            assert count(high) - count(low - 1) == slow, (k, low, high)


def write(folder, name, k, queries):
    count = counter(k)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(f"{len(queries)} {k}\n" + "".join(f"{low} {high}\n" for low, high in queries))
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write("".join(f"{count(high) - count(low - 1)}\n" for low, high in queries))


def random_range(max_length):
    a = random.randint(1, 10 ** random.randint(1, max_length))
    b = random.randint(1, 10 ** random.randint(1, max_length))
    return (min(a, b, MAX), min(max(a, b), MAX))


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", 3, [(1, 20), (10, 10)])
    write("sample", "2", 10, [(1, 1000), (1, MAX)])
    write("secret", "01-k-one", 1, [(1, 1), (5, 9), (1, MAX), (123456789, 987654321987)])
    write("secret", "02-single-numbers", 4, [(x, x) for x in range(1, 200)])
    write("secret", "03-small-ranges", 7, [random_range(4) for _ in range(300)])
    write("secret", "04-lucky-left-ends", 9, [(9 * x, 9 * x + random.randint(0, 50)) for x in range(1, 200)])
    write("secret", "05-k-above-max-sum", 200, [random_range(18) for _ in range(100)])
    write("secret", "06-k-163", 163, [(1, MAX), (10**17, MAX), (899999999999999999, 999999999999999999)])
    write("secret", "07-full-range", 13, [(1, MAX), (MAX, MAX), (MAX - 1, MAX), (1, MAX - 1)])
    for index, k in enumerate((2, 11, 37, 99, 150), start=8):
        write("secret", f"{index:02d}-random-k{k}", k, [random_range(18) for _ in range(1000)])


main()
