# Wrong: stops before sqrt(n), so it says IMPOSSIBLE for 4, 9, 25, ... (p * p for a prime p).
n = int(input())
d = 2
while d * d < n:
    if n % d == 0:
        print(d, n // d)
        break
    d += 1
else:
    print("IMPOSSIBLE")
