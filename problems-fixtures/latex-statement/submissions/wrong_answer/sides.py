import sys

# adds the sides, not the areas
n, *sides = map(int, sys.stdin.read().split())
print(sum(sides[:n]))
