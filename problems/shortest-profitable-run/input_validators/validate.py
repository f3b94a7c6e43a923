#!/usr/bin/env python3
"""Input validator of shortest-profitable-run: "n K" then n integers on one line.

1 <= n <= 10^5, 1 <= K <= 10^10, |a_i| <= 10^5; single spaces, a newline after each line.
Exit 42 when the input is valid, 43 (with the reason on stderr) when it is not.
"""
import re
import sys

INTEGER = re.compile(r"0|-?[1-9][0-9]{0,10}")


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def integers(line, what):
    tokens = line.split(" ")
    for token in tokens:
        if not INTEGER.fullmatch(token):
            fail(f"{what}: {token!r} is not an integer written plainly")
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
header = integers(lines[0], "line 1")
if len(header) != 2:
    fail("line 1 must hold n and K")
n, k = header
if not 1 <= n <= 10**5:
    fail(f"n = {n} is out of range [1, 10^5]")
if not 1 <= k <= 10**10:
    fail(f"K = {k} is out of range [1, 10^10]")
values = integers(lines[1], "line 2")
if len(values) != n:
    fail(f"line 2 holds {len(values)} numbers, n = {n}")
if any(abs(v) > 10**5 for v in values):
    fail("a value is out of range [-10^5, 10^5]")
sys.exit(42)
