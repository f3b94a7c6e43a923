#!/usr/bin/env python3
"""Input validator of custom-checker: "n t" then n integers. Exit 42 when valid, else 43."""
import re
import sys


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


INTEGER = r"(0|-?[1-9][0-9]*)"
text = sys.stdin.buffer.read().decode("ascii", errors="replace")
lines = text.split("\n")
if len(lines) != 3 or lines[2] != "":
    fail("expected exactly two lines, each ending with a newline")
header = re.fullmatch(INTEGER + " " + INTEGER, lines[0])
if not header:
    fail("first line: n t")
n, t = map(int, header.groups())
if not 2 <= n <= 200_000:
    fail(f"n = {n} is out of range")
if abs(t) > 2 * 10**9:
    fail(f"t = {t} is out of range")
if not re.fullmatch(INTEGER + "( " + INTEGER + ")*", lines[1]):
    fail("second line: integers separated by single spaces")
a = [int(token) for token in lines[1].split(" ")]
if len(a) != n:
    fail(f"expected {n} numbers, got {len(a)}")
if any(abs(x) > 10**9 for x in a):
    fail("a value is out of range")
sys.exit(42)
