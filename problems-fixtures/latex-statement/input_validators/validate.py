#!/usr/bin/env python3
"""Input validator of latex-statement: "n\n" then n sides "a_1 ... a_n\n", 1 <= n <= 10^5, 1 <= a_i <= 10^6.

Exit 42 when the input is valid, 43 (with the reason on stderr) when it is not.
"""
import re
import sys


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


try:
    text = sys.stdin.buffer.read().decode("ascii")
except UnicodeDecodeError:
    fail("input is not ASCII")
match = re.fullmatch(r"([1-9][0-9]{0,5})\n([1-9][0-9]{0,6}(?: [1-9][0-9]{0,6})*)\n", text)
if not match:
    fail("expected a line with n, then a line of n positive integers separated by single spaces")
n = int(match.group(1))
sides = [int(token) for token in match.group(2).split(" ")]
if not 1 <= n <= 10**5:
    fail(f"n = {n} is out of range [1, 10^5]")
if len(sides) != n:
    fail(f"expected {n} sides, found {len(sides)}")
if any(side > 10**6 for side in sides):
    fail("a side is larger than 10^6")
sys.exit(42)
