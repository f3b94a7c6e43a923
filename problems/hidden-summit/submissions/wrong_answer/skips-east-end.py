# Fibonacci search over [1, n - 1] only: it never considers a summit at the east end.
n = int(input())
m = max(1, n - 1)
fib = [0, 1, 1]
while fib[-1] < m + 1:
    fib.append(fib[-1] + fib[-2])
k, lo, known = len(fib) - 1, 0, {}


def height(i):
    if i > m:
        return float("-inf")
    if i not in known:
        print(f"? {i}", flush=True)
        known[i] = int(input())
    return known[i]


while k > 3:
    if height(lo + fib[k - 2]) < height(lo + fib[k - 1]):
        lo += fib[k - 2]
    k -= 1
print(f"! {lo + 1}", flush=True)
