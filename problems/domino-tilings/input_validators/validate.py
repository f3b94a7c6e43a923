#!/usr/bin/env python3
"""Input validator of domino-tilings: q, then q lines "n m".

1 <= q <= 1000, 1 <= n <= 10^18, 2 <= m <= 10^9; single spaces, a newline after each line.
Exit 42 when the input is valid, 43 (with the reason on stderr) when it is not.
"""
import re
import sys

INTEGER = re.compile(r"[1-9][0-9]{0,18}")


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def number(token, what, low, high):
    if not INTEGER.fullmatch(token):
        fail(f"{what}: {token!r} is not a positive integer written plainly")
    if not low <= int(token) <= high:
        fail(f"{what}: {token} is out of range [{low}, {high}]")
    return int(token)


try:
    text = sys.stdin.buffer.read().decode("ascii")
except UnicodeDecodeError:
    fail("input is not ASCII")
if not text.endswith("\n"):
    fail("the input must end with a newline")
lines = text[:-1].split("\n")
q = number(lines[0], "q", 1, 1000)
if len(lines) != q + 1:
    fail(f"expected {q} query lines, got {len(lines) - 1}")
for index, line in enumerate(lines[1:], start=2):
    tokens = line.split(" ")
    if len(tokens) != 2:
        fail(f"line {index}: expected two integers n and m")
    number(tokens[0], f"line {index}: n", 1, 10**18)
    number(tokens[1], f"line {index}: m", 2, 10**9)
sys.exit(42)
