#!/usr/bin/env python3
"""Writes data/ of gift-pairs-budget: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from sorting and two pointers, cross-checked against
all pairs on small inputs.
"""
import os
import random

random.seed(20261204)
MAX_N = 10**5
MAX_A = 10**6
MAX_S = 2 * 10**6
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def solve(budget, prices):
    b = sorted(prices)
    i, j = 0, len(b) - 1
    pairs = 0
    while i < j:
        if b[i] + b[j] <= budget:
            pairs += j - i
            i += 1
        else:
            j -= 1
    return pairs


def brute(budget, prices):
    n = len(prices)
    return sum(prices[i] + prices[j] <= budget for i in range(n) for j in range(i + 1, n))


def check():
    for _ in range(1000):
        prices = [random.randint(1, 10) for _ in range(random.randint(1, 12))]
        budget = random.randint(1, 22)
        assert solve(budget, prices) == brute(budget, prices)


def write(folder, name, budget, prices):
    assert 1 <= len(prices) <= MAX_N and 1 <= budget <= MAX_S and all(1 <= a <= MAX_A for a in prices)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(f"{len(prices)} {budget}\n{' '.join(map(str, prices))}\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(f"{solve(budget, prices)}\n")


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", 10, [7, 2, 5, 3, 8])
    write("sample", "2", 5, [3, 3, 3, 3])
    write("secret", "01-one-item", 2 * 10**6, [1])
    write("secret", "02-exact-budget", 10, [5, 5])
    write("secret", "03-one-over", 9, [5, 5])
    write("secret", "04-extremes", MAX_S, [MAX_A, MAX_A, MAX_A, 1])
    write("secret", "05-small-random", 50, [random.randint(1, 40) for _ in range(300)])
    # C(100000, 2) = 4999950000 pairs: beyond 32 bits
    write("secret", "06-all-cheap", 2, [1] * MAX_N)
    write("secret", "07-none-fit", MAX_A, [random.randint(MAX_A // 2 + 1, MAX_A) for _ in range(30_000)])
    write("secret", "08-random-large", MAX_A, [random.randint(1, MAX_A) for _ in range(MAX_N)])
    write("secret", "09-many-equal-prices", 10_000, [random.randint(1, 10_000) for _ in range(30_000)])


main()
