#!/usr/bin/env python3
"""Input validator of hidden-summit: one line "n p seed maxStep", read by the interactor only.

1 <= p <= n <= 10^6, 0 <= seed < 2^64, 1 <= maxStep <= 10^6 (so |h_i| <= 10^12 + 10^12 < 10^13).
Exit 42 if valid, else 43 with the reason on stderr.
"""
import re
import sys

text = sys.stdin.buffer.read().decode("ascii", errors="replace")
match = re.fullmatch(r"([1-9][0-9]{0,6}) ([1-9][0-9]{0,6}) (0|[1-9][0-9]{0,19}) ([1-9][0-9]{0,6})\n", text)
if not match:
    print('expected one line "n p seed maxStep"', file=sys.stderr)
    sys.exit(43)
n, p, seed, max_step = map(int, match.groups())
if not 1 <= p <= n <= 10**6:
    print(f"need 1 <= p <= n <= 10^6, got n = {n}, p = {p}", file=sys.stderr)
    sys.exit(43)
if seed >= 2**64 or not 1 <= max_step <= 10**6:
    print(f"need seed < 2^64 and 1 <= maxStep <= 10^6, got {seed} {max_step}", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
