"""Checks every number in [L, R]: fine for small ranges, hopeless for R - L near 10^18."""
import sys

data = sys.stdin.buffer.read().split()
q, k = int(data[0]), int(data[1])
for i in range(q):
    low, high = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    print(sum(1 for x in range(low, high + 1) if sum(map(int, str(x))) % k == 0))
