import sys


def main():
    tokens = sys.stdin.read().split()
    # tokens holds the input's whitespace-separated tokens, e.g. n = int(tokens[0])

    # Write the answer with print(...).


main()
