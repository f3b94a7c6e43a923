"""T(n) = F(n + 1); fast doubling: F(2k) = F(k) (2 F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2."""
import sys


def fib_pair(n, m):
    a, b = 0, 1 % m  # F(0), F(1)
    for bit in bin(n)[2:]:
        c = a * ((2 * b - a) % m) % m
        d = (a * a + b * b) % m
        a, b = (d, (c + d) % m) if bit == "1" else (c, d)
    return a, b


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for i in range(q):
        n, m = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        out.append(fib_pair(n + 1, m)[0])
    print("\n".join(map(str, out)))


main()
