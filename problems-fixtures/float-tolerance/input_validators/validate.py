#!/usr/bin/env python3
"""Input validator of float-tolerance: one line "a b\n", |a| <= 10^9, 1 <= |b| <= 10^9.

Exit 42 when valid, 43 with the reason on stderr otherwise.
"""
import re
import sys

text = sys.stdin.buffer.read().decode("ascii", errors="replace")
match = re.fullmatch(r"(0|-?[1-9][0-9]{0,9}) (-?[1-9][0-9]{0,9})\n", text)
if not match:
    print("expected one line with two integers (b not zero)", file=sys.stderr)
    sys.exit(43)
a, b = map(int, match.groups())
if abs(a) > 10**9 or abs(b) > 10**9:
    print("a or b is out of range", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
