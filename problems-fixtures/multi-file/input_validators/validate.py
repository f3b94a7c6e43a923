#!/usr/bin/env python3
"""Input validator of multi-file: T, then T lines "a b" with 1 <= a, b <= 10^9. Exit 42 if valid, else 43."""
import re
import sys


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


text = sys.stdin.buffer.read().decode("ascii", errors="replace")
if not text.endswith("\n"):
    fail("the input must end with a newline")
lines = text[:-1].split("\n")
if not re.fullmatch(r"[1-9][0-9]{0,4}", lines[0]) or not 1 <= int(lines[0]) <= 10**4:
    fail("first line: 1 <= T <= 10^4")
if len(lines) != int(lines[0]) + 1:
    fail(f"expected {lines[0]} pairs, got {len(lines) - 1} lines")
for number, line in enumerate(lines[1:], start=2):
    match = re.fullmatch(r"([1-9][0-9]{0,9}) ([1-9][0-9]{0,9})", line)
    if not match or not all(int(x) <= 10**9 for x in match.groups()):
        fail(f"line {number}: two integers 1 <= a, b <= 10^9")
sys.exit(42)
