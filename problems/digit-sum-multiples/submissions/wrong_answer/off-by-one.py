"""Answers f(R) - f(L) instead of f(R) - f(L - 1): misses L itself when L is k-lucky."""
import sys
from functools import lru_cache

data = sys.stdin.buffer.read().split()
q, k = int(data[0]), int(data[1])


@lru_cache(maxsize=None)
def completions(length, remainder):
    if length == 0:
        return 1 if remainder == 0 else 0
    return sum(completions(length - 1, (remainder + d) % k) for d in range(10))


def count(n):
    digits = list(map(int, str(n)))
    total, remainder = 0, 0
    for position, top in enumerate(digits):
        for d in range(top):
            total += completions(len(digits) - position - 1, (remainder + d) % k)
        remainder = (remainder + top) % k
    return total + (1 if remainder == 0 else 0)


print("\n".join(str(count(int(data[3 + 2 * i])) - count(int(data[2 + 2 * i]))) for i in range(q)))
