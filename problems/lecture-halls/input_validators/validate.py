#!/usr/bin/env python3
"""Input validator of lecture-halls: n, then n lines "s e" with 0 <= s < e <= 10^9.

Exit 42 when the input is valid, 43 (with the reason on stderr) when it is not.
"""
import re
import sys

INTEGER = re.compile(r"0|[1-9][0-9]{0,9}")


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


try:
    text = sys.stdin.buffer.read().decode("ascii")
except UnicodeDecodeError:
    fail("input is not ASCII")
if not text.endswith("\n"):
    fail("the input must end with a newline")
lines = text[:-1].split("\n")
if not INTEGER.fullmatch(lines[0]) or not 1 <= int(lines[0]) <= 10**5:
    fail(f"line 1 must hold n in [1, 10^5], got {lines[0][:30]!r}")
n = int(lines[0])
if len(lines) != n + 1:
    fail(f"expected {n + 1} lines, got {len(lines)}")
for number, line in enumerate(lines[1:], start=2):
    tokens = line.split(" ")
    if len(tokens) != 2 or not all(INTEGER.fullmatch(t) for t in tokens):
        fail(f"line {number} must hold two non-negative integers, got {line[:40]!r}")
    s, e = map(int, tokens)
    if not 0 <= s < e <= 10**9:
        fail(f"line {number}: need 0 <= s < e <= 10^9, got {s} {e}")
sys.exit(42)
