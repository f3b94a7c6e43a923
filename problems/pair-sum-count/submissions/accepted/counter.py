"""Count each value once, then combine counts: O(n)."""
import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[1])
    counts = Counter(map(int, data[2:]))
    pairs = 0
    for value, count in counts.items():
        partner = k - value
        if partner == value:
            pairs += count * (count - 1) // 2
        elif value < partner:
            pairs += count * counts.get(partner, 0)
    print(pairs)


main()
