# Brute force, O(n): group 1 only (30 points); group 2 exceeds the time limit.
n = int(input())
print(sum(n // k for k in range(1, n + 1)))
