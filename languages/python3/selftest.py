import sys

a, b = map(int, sys.stdin.readline().split())
name = sys.stdin.readline().strip()
print(f"Hello, {name}! {a} + {b} = {a + b}")
