#!/usr/bin/env python3
"""Input validator of gift-pairs-budget: "n S" then n prices on one line.

1 <= n <= 10^5, 1 <= S <= 2*10^6, 1 <= a_i <= 10^6; single spaces, a newline after each line.
Exit 42 when the input is valid, 43 (with the reason on stderr) when it is not.
"""
import re
import sys

INTEGER = re.compile(r"[1-9][0-9]{0,9}")


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def integers(line, what, low, high):
    tokens = line.split(" ")
    for token in tokens:
        if not INTEGER.fullmatch(token):
            fail(f"{what}: {token!r} is not a positive integer written plainly")
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
if len(lines) != 2:
    fail(f"expected 2 lines, got {len(lines)}")
header = integers(lines[0], "line 1", 1, 2 * 10**6)
if len(header) != 2:
    fail("line 1 must hold n and S")
n, _ = header
if n > 10**5:
    fail(f"n = {n} is out of range [1, 10^5]")
prices = integers(lines[1], "line 2", 1, 10**6)
if len(prices) != n:
    fail(f"line 2 holds {len(prices)} numbers, n = {n}")
sys.exit(42)
