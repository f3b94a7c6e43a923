import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, budget = int(data[0]), int(data[1])
    prices = sorted(map(int, data[2 : 2 + n]))
    i, j = 0, n - 1
    pairs = 0
    while i < j:
        if prices[i] + prices[j] <= budget:
            pairs += j - i
            i += 1
        else:
            j -= 1
    print(pairs)


main()
