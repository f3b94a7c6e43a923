"""Right greedy, but finds the two shortest pieces by scanning the list: O(n^2)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
pieces = list(map(int, data[1 : 1 + n]))
total = 0
while len(pieces) > 1:
    x = min(pieces)
    pieces.remove(x)
    y = min(pieces)
    pieces.remove(y)
    total += x + y
    pieces.append(x + y)
print(total)
