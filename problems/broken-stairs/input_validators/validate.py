#!/usr/bin/env python3
"""Input validator of broken-stairs: "n m", then the m creaky steps on one line (empty when m = 0).

1 <= n <= 10^6, 0 <= m < n, 1 <= c_1 < c_2 < ... < c_m <= n - 1.
Exit 42 when the input is valid, 43 (with the reason on stderr) when it is not.
"""
import re
import sys

INTEGER = re.compile(r"0|[1-9][0-9]{0,6}")


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def integers(line, what):
    if line == "":
        return []
    out = []
    for token in line.split(" "):
        if not INTEGER.fullmatch(token):
            fail(f"{what}: {token!r} is not a non-negative integer written plainly")
        out.append(int(token))
    return out


try:
    text = sys.stdin.buffer.read().decode("ascii")
except UnicodeDecodeError:
    fail("input is not ASCII")
if not text.endswith("\n"):
    fail("the input must end with a newline")
lines = text[:-1].split("\n")
if len(lines) != 2:
    fail(f"expected 2 lines, got {len(lines)}")
header = integers(lines[0], "line 1")
if len(header) != 2:
    fail("line 1 must hold n and m")
n, m = header
if not 1 <= n <= 10**6:
    fail(f"n = {n} is out of range [1, 10^6]")
if not 0 <= m < n:
    fail(f"m = {m} is out of range [0, n - 1]")
creaky = integers(lines[1], "line 2")
if len(creaky) != m:
    fail(f"line 2 holds {len(creaky)} numbers, m = {m}")
previous = 0
for c in creaky:
    if c <= previous:
        fail("the creaky steps must be increasing and at least 1")
    previous = c
if creaky and creaky[-1] > n - 1:
    fail(f"creaky step {creaky[-1]} is not below n = {n}")
sys.exit(42)
