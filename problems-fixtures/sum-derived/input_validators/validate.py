#!/usr/bin/env python3
"""Input validator of sum-derived: one line "a b\n" with -1000 <= a, b <= 1000. Exit 42 if valid, else 43."""
import re
import sys

text = sys.stdin.buffer.read().decode("ascii", errors="replace")
match = re.fullmatch(r"(0|-?[1-9][0-9]{0,3}) (0|-?[1-9][0-9]{0,3})\n", text)
if not match or not all(-1000 <= int(token) <= 1000 for token in match.groups()):
    print("expected one line with two integers in [-1000, 1000]", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
