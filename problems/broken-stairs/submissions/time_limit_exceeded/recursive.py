# Tries every sequence of moves: exponential.
import sys

MOD = 10**9 + 7
data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
creaky = set(map(int, data[2 : 2 + m]))
sys.setrecursionlimit(10000)


def ways(i):
    if i == n:
        return 1
    if i > n or i in creaky:
        return 0
    return ways(i + 1) + ways(i + 2) + ways(i + 3)


print(ways(0) % MOD)
