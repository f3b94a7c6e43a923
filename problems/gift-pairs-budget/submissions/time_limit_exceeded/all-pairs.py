import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, budget = int(data[0]), int(data[1])
    prices = list(map(int, data[2 : 2 + n]))
    # correct, but checks every pair: O(n^2)
    pairs = 0
    for i in range(n):
        limit = budget - prices[i]
        for j in range(i + 1, n):
            if prices[j] <= limit:
                pairs += 1
    print(pairs)


main()
