#!/usr/bin/env python3
"""Input validator: "n\\n a_1 ... a_n\\n", 1 <= n <= 1000, 0 <= a_i <= 10^9 (-10^9 with allow_negative).

Exit 42 when the input is valid, 43 (with the reason on stderr) when it is not.
"""
import re
import sys

low = -(10**9) if "allow_negative" in sys.argv[1:] else 0
text = sys.stdin.read()
match = re.fullmatch(r"([1-9][0-9]*)\n(-?[0-9]+(?: -?[0-9]+)*)\n", text)
if not match:
    print("expected a line with n, then a line of integers", file=sys.stderr)
    sys.exit(43)
values = [int(token) for token in match.group(2).split()]
if not 1 <= int(match.group(1)) <= 1000 or len(values) != int(match.group(1)):
    print("n is out of range or does not match the count", file=sys.stderr)
    sys.exit(43)
if any(not low <= value <= 10**9 for value in values):
    print(f"a value is out of range [{low}, 10^9]", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
