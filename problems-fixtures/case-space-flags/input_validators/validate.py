#!/usr/bin/env python3
"""Input validator of case-space-flags. Exit 42 when valid, 43 with the reason otherwise."""
import re
import sys


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


text = sys.stdin.buffer.read().decode("ascii", errors="replace")
if not text.endswith("\n"):
    fail("the input must end with a newline")
lines = text[:-1].split("\n")
if not re.fullmatch(r"[1-9][0-9]?", lines[0]) or not 1 <= int(lines[0]) <= 20:
    fail("first line: T between 1 and 20")
if len(lines) != int(lines[0]) + 1:
    fail(f"expected {lines[0]} sentences, got {len(lines) - 1}")
for number, line in enumerate(lines[1:], start=2):
    if not re.fullmatch(r"[A-Za-z]{1,20}( [A-Za-z]{1,20}){0,29}", line):
        fail(f"line {number}: 1 to 30 words of 1 to 20 letters, single spaces")
sys.exit(42)
