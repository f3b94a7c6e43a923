# Binary search on h(m) < h(m + 1): correct, but two questions per halving (about 40 for n = 10^6).
n = int(input())


def height(i):
    print(f"? {i}", flush=True)
    return int(input())


lo, hi = 1, n
while lo < hi:
    mid = (lo + hi) // 2
    if height(mid) < height(mid + 1):
        lo = mid + 1
    else:
        hi = mid
print(f"! {lo}", flush=True)
