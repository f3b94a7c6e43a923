# Adds up recursively: the recursion limit breaks it on long lists (a run-time error).
import sys


def total(values, at):
    return 0 if at == len(values) else values[at] + total(values, at + 1)


numbers = list(map(int, sys.stdin.read().split()))
print(total(numbers[1:], 0))
