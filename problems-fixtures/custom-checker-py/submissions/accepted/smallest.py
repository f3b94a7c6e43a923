# The smallest divisor (trial division up to sqrt(n)): 12 -> 2 6.
n = int(input())
d = 2
while d * d <= n:
    if n % d == 0:
        print(d, n // d)
        break
    d += 1
else:
    print("IMPOSSIBLE")
