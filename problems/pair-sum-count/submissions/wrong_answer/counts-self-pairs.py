"""Counts pairs with i <= j instead of i < j: a crate is paired with itself when 2 * a_i == k."""
import sys
from collections import Counter

data = sys.stdin.buffer.read().split()
k = int(data[1])
counts = Counter(map(int, data[2:]))
# ordered pairs (i, j), i == j included
ordered = sum(count * counts.get(k - value, 0) for value, count in counts.items())
itself = counts.get(k // 2, 0) if k % 2 == 0 else 0
print((ordered + itself) // 2)
