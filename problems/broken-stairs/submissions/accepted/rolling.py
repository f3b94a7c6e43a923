import sys

MOD = 10**9 + 7
data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
creaky = bytearray(n + 1)
for token in data[2 : 2 + m]:
    creaky[int(token)] = 1
a, b, c = 0, 0, 1  # ways to reach steps i-3, i-2, i-1
for i in range(1, n + 1):
    a, b, c = b, c, 0 if creaky[i] else (a + b + c) % MOD
print(c)
