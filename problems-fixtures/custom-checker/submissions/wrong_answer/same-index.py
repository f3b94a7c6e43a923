# Wrong: may pair a position with itself (3 + 3 = 6 with a single 3 in the sequence).
import sys

data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
a = list(map(int, data[2 : 2 + n]))
where = {x: i for i, x in enumerate(a)}
for i, x in enumerate(a):
    j = where.get(t - x)
    if j is not None and j >= i:
        print(i + 1, j + 1)
        break
else:
    print(-1)
