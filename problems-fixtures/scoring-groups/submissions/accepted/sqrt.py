# O(sqrt n): S(n) = 2 * sum_{k <= s} floor(n / k) - s^2 with s = isqrt(n).
from math import isqrt

n = int(input())
s = isqrt(n)
print(2 * sum(n // k for k in range(1, s + 1)) - s * s)
