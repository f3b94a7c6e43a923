"""Tries every pair: O(n^2), far too slow for n = 10^5."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2 : 2 + n]))
pairs = 0
for i in range(n):
    ai = a[i]
    for j in range(i + 1, n):
        if ai + a[j] == k:
            pairs += 1
print(pairs)
