#!/usr/bin/env python3
"""Input validator of storm-bridges: "n m", then m lines "u v".

1 <= n <= 5*10^4, 0 <= m <= 5*10^4, 1 <= u, v <= n, u != v; single spaces, a newline after each
line. Exit 42 when the input is valid, 43 (with the reason) when it is not.
"""
import re
import sys

INTEGER = re.compile(r"0|[1-9][0-9]{0,5}")


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def integers(line, where, count):
    tokens = line.split(" ")
    if len(tokens) != count:
        fail(f"{where}: expected {count} integers, got {len(tokens)}")
    for token in tokens:
        if not INTEGER.fullmatch(token):
            fail(f"{where}: {token[:20]!r} is not a small non-negative integer written plainly")
    return [int(token) for token in tokens]


try:
    text = sys.stdin.buffer.read().decode("ascii")
except UnicodeDecodeError:
    fail("input is not ASCII")
if not text.endswith("\n"):
    fail("the input must end with a newline")
lines = text[:-1].split("\n")
n, m = integers(lines[0], "line 1", 2)
if not 1 <= n <= 5 * 10**4:
    fail(f"n = {n} is out of range [1, 5*10^4]")
if not 0 <= m <= 5 * 10**4:
    fail(f"m = {m} is out of range [0, 5*10^4]")
if len(lines) != m + 1:
    fail(f"expected {m + 1} lines, got {len(lines)}")
for i in range(1, m + 1):
    u, v = integers(lines[i], f"line {i + 1}", 2)
    if not (1 <= u <= n and 1 <= v <= n):
        fail(f"line {i + 1}: island out of range [1, {n}]")
    if u == v:
        fail(f"line {i + 1}: a bridge must join two different islands")
sys.exit(42)
