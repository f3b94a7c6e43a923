import sys

n, *sides = map(int, sys.stdin.read().split())
print(sum(side * side for side in sides[:n]))
