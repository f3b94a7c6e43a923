# Forgets the three-step move.
import sys

MOD = 10**9 + 7
data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
creaky = set(map(int, data[2 : 2 + m]))
b, c = 0, 1
for i in range(1, n + 1):
    b, c = c, 0 if i in creaky else (b + c) % MOD
print(c)
