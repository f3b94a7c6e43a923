# Sorts the positions by value and closes in from both ends: usually finds a different pair
# than the judge's answer, which the custom validator must accept.
import sys

data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
a = list(map(int, data[2 : 2 + n]))
order = sorted(range(n), key=a.__getitem__)
lo, hi = 0, n - 1
while lo < hi:
    s = a[order[lo]] + a[order[hi]]
    if s == t:
        i, j = sorted((order[lo] + 1, order[hi] + 1))
        print(i, j)
        break
    if s < t:
        lo += 1
    else:
        hi -= 1
else:
    print(-1)
