import sys


def main():
    # only looks for a prefix 1..r whose sum is a multiple of n, else gives the whole row
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    position = 1
    out = []
    for _ in range(t):
        n = int(data[position])
        prefix = 0
        answer = f"1 {n}"
        for k in range(1, n + 1):
            prefix = (prefix + int(data[position + k])) % n
            if prefix == 0:
                answer = f"1 {k}"
                break
        out.append(answer)
        position += n + 1
    print("\n".join(out))


main()
