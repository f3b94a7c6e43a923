"""Prints F(n) instead of F(n + 1): the tilings start 1, 2, 3, 5, not 1, 1, 2, 3."""
import sys


def fib(n, m):
    a, b = 0, 1 % m
    for bit in bin(n)[2:]:
        c = a * ((2 * b - a) % m) % m
        d = (a * a + b * b) % m
        a, b = (d, (c + d) % m) if bit == "1" else (c, d)
    return a


data = sys.stdin.buffer.read().split()
q = int(data[0])
print("\n".join(str(fib(int(data[1 + 2 * i]), int(data[2 + 2 * i]))) for i in range(q)))
