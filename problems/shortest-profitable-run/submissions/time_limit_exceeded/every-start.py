import sys


def main():
    # correct, but extends every start to the right: O(n^2) when runs are long or absent
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    values = [int(v) for v in data[2 : 2 + n]]
    best = n + 1
    for left in range(n):
        total = 0
        for right in range(left, min(n, left + best - 1)):
            total += values[right]
            if total >= k:
                best = right - left + 1
                break
    print(best if best <= n else -1)


main()
