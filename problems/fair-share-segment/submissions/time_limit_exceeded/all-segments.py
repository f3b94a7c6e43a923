import sys


def main():
    # correct, but tries segments left to right with a running sum: O(n^2) in the worst case
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    position = 1
    out = []
    for _ in range(t):
        n = int(data[position])
        values = [int(v) % n for v in data[position + 1 : position + 1 + n]]
        position += n + 1
        found = None
        for left in range(n):
            total = 0
            for right in range(left, n):
                total += values[right]
                if total % n == 0:
                    found = f"{left + 1} {right + 1}"
                    break
            if found:
                break
        out.append(found)
    print("\n".join(out))


main()
