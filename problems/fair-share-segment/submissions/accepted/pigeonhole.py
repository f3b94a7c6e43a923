import sys


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    position = 1
    out = []
    for _ in range(t):
        n = int(data[position])
        first = [-1] * n
        first[0] = 0
        prefix = 0
        for k in range(1, n + 1):
            prefix = (prefix + int(data[position + k])) % n
            if first[prefix] >= 0:
                out.append(f"{first[prefix] + 1} {k}")
                break
            first[prefix] = k
        position += n + 1
    print("\n".join(out))


main()
