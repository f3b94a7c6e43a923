#!/usr/bin/env python3
"""Input validator of interactive-guess: one line "N x" with 1 <= x <= N <= 10^9.

The input is read by the interactor only (the submission just sees N). Exit 42 if valid, else 43.
"""
import re
import sys

text = sys.stdin.buffer.read().decode("ascii", errors="replace")
match = re.fullmatch(r"([1-9][0-9]{0,9}) ([1-9][0-9]{0,9})\n", text)
if not match:
    print('expected one line "N x"', file=sys.stderr)
    sys.exit(43)
n, x = map(int, match.groups())
if not 1 <= x <= n <= 10**9:
    print(f"need 1 <= x <= N <= 10^9, got N = {n}, x = {x}", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
