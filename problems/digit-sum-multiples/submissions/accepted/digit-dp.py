"""Digit DP, top-down: f(N) counts k-lucky numbers in [0, N]; a query is f(R) - f(L - 1).

The free-suffix counts depend only on (length, remainder), so one memo serves every query.
"""
import sys
from functools import lru_cache


def main():
    data = sys.stdin.buffer.read().split()
    q, k = int(data[0]), int(data[1])

    @lru_cache(maxsize=None)
    def completions(length, remainder):
        """Digit strings of this length that bring a digit sum = remainder (mod k) to 0 (mod k)."""
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

    out = []
    for i in range(q):
        low, high = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        out.append(count(high) - count(low - 1))
    print("\n".join(map(str, out)))


main()
