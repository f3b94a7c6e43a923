# Wrong: rounds to two decimals (0.33 is 0.0033 away from 1/3, far beyond 1e-6).
a, b = map(int, input().split())
print(f"{a / b:.2f}")
