# Python's shortest round-trip repr: 0.3333333333333333, 1e-09, 1000000000.0
a, b = map(int, input().split())
print(a / b)
