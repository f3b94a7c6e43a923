#!/usr/bin/env python3
"""Writes data/ of hidden-summit: run from anywhere, `python3 generators/generate.py`.

Deterministic (fixed seed). A test is "n p seed maxStep"; the interactor rebuilds the ridge from
it. The .ans holds p (not read by the interactor). The generator also rebuilds small ridges the
same way as the interactor and checks that a Fibonacci search finds p within 30 questions,
including for every p on a few sizes.
"""
import os
import random

random.seed(20261210)
ROOT = os.path.join(os.path.dirname(__file__), "..", "data")
MAX_N, MAX_QUESTIONS = 10**6, 30
MASK = 2**64 - 1


def splitmix(state):
    state = (state + 0x9E3779B97F4A7C15) & MASK
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return state, z ^ (z >> 31)


def ridge(n, p, seed, max_step):
    """The interactor's altitudes, h[1..n] (h[0] unused)."""
    state, z = splitmix(seed)
    h = [0, z % 2000000000001 - 1000000000000]
    for i in range(2, n + 1):
        state, z = splitmix(state)
        step = 1 + z % max_step
        h.append(h[-1] + step if i <= p else h[-1] - step)
    return h


def fibonacci_search(n, ask):
    fib = [0, 1, 1]
    while fib[-1] < n + 1:
        fib.append(fib[-1] + fib[-2])
    k, lo, known = len(fib) - 1, 0, {}

    def height(i):
        if i > n:
            return float("-inf")
        if i not in known:
            known[i] = ask(i)
        return known[i]

    while k > 3:
        if height(lo + fib[k - 2]) < height(lo + fib[k - 1]):
            lo += fib[k - 2]
        k -= 1
    return lo + 1, len(known)


def check(n, p, seed, max_step):
    h = ridge(n, p, seed, max_step)
    assert all(abs(x) < 10**13 for x in h)
    assert all(h[i] < h[i + 1] for i in range(1, p)) and all(h[i] > h[i + 1] for i in range(p, n))
    found, asked = fibonacci_search(n, lambda i: h[i])
    assert found == p and asked <= MAX_QUESTIONS, (n, p, found, asked)


def write(folder, name, n, p, max_step, verify=True):
    seed = random.getrandbits(64)
    assert 1 <= p <= n <= MAX_N and 1 <= max_step <= 10**6
    if verify:
        check(n, p, seed, max_step)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(f"{n} {p} {seed} {max_step}\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(f"{p}\n")


def main():
    for folder in ("sample", "secret"):
        path = os.path.join(ROOT, folder)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            os.remove(os.path.join(path, name))
    for n in (1, 2, 3, 4, 5, 8, 13, 100, 987):
        for p in range(1, n + 1):
            check(n, p, random.getrandbits(64), 10)
    write("sample", "1", 5, 3, 10)
    write("secret", "01-single-point", 1, 1, 1)
    write("secret", "02-two-rising", 2, 2, 5)
    write("secret", "03-two-falling", 2, 1, 5)
    write("secret", "04-small", 10, 7, 1000)
    write("secret", "05-max-west-end", MAX_N, 1, 10**6)
    write("secret", "06-max-east-end", MAX_N, MAX_N, 10**6)
    write("secret", "07-max-next-to-west", MAX_N, 2, 1)
    write("secret", "08-max-next-to-east", MAX_N, MAX_N - 1, 3)
    write("secret", "09-max-middle", MAX_N, MAX_N // 2, 10**6)
    write("secret", "10-fibonacci-size", 832039, 514229, 100)
    write("secret", "11-just-above-fibonacci", 832041, 832041, 7)
    for i in range(12, 18):
        n = random.choice([MAX_N, random.randint(500_000, MAX_N), random.randint(2**15, 2**17)])
        write("secret", f"{i}-random", n, random.randint(1, n), random.choice([1, 10, 10**6]))


main()
