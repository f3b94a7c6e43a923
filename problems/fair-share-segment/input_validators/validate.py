#!/usr/bin/env python3
"""Input validator of fair-share-segment: t, then t rows of "n" and n integers.

1 <= t <= 10^4, 1 <= n <= 10^5, 0 <= a_i <= 10^9, sum of n <= 10^5; single spaces, a newline
after each line. Exit 42 when the input is valid, 43 (with the reason on stderr) when not.
"""
import re
import sys

INTEGER = re.compile(r"0|[1-9][0-9]{0,9}")


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def integers(line, what, low, high):
    tokens = line.split(" ")
    for token in tokens:
        if not INTEGER.fullmatch(token):
            fail(f"{what}: {token!r} is not a non-negative integer written plainly")
        if not low <= int(token) <= high:
            fail(f"{what}: {token} is out of range [{low}, {high}]")
    return [int(token) for token in tokens]


try:
    text = sys.stdin.buffer.read().decode("ascii")
except UnicodeDecodeError:
    fail("input is not ASCII")
if not text.endswith("\n"):
    fail("the input must end with a newline")
lines = text[:-1].split("\n")
first = integers(lines[0], "line 1", 1, 10**4)
if len(first) != 1:
    fail("line 1 must hold t alone")
t = first[0]
if len(lines) != 1 + 2 * t:
    fail(f"expected {1 + 2 * t} lines for t = {t}, got {len(lines)}")
total = 0
for row in range(t):
    header = integers(lines[1 + 2 * row], f"row {row + 1} size", 1, 10**5)
    if len(header) != 1:
        fail(f"row {row + 1}: the size line must hold n alone")
    n = header[0]
    total += n
    values = integers(lines[2 + 2 * row], f"row {row + 1} values", 0, 10**9)
    if len(values) != n:
        fail(f"row {row + 1}: {len(values)} numbers, n = {n}")
if total > 10**5:
    fail(f"the sum of n is {total}, more than 10^5")
sys.exit(42)
