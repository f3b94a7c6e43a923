#!/usr/bin/env python3
"""Input validator of statement-figure (as sum): exactly one line "a b\n", integers with -10^18 <= a, b <= 10^18.

Exit 42 when the input is valid, 43 (with the reason on stderr) when it is not.
"""
import re
import sys

LIMIT = 10**18
INTEGER = r"(0|-?[1-9][0-9]*)"


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


data = sys.stdin.buffer.read()
try:
    text = data.decode("ascii")
except UnicodeDecodeError:
    fail("input is not ASCII")
match = re.fullmatch(INTEGER + " " + INTEGER + "\n", text)
if not match:
    fail("expected exactly one line: two integers separated by one space")
for token in match.groups():
    if len(token) > 20 or not -LIMIT <= int(token) <= LIMIT:
        fail(f"{token} is out of range [-10^18, 10^18]")
sys.exit(42)
