#!/usr/bin/env python3
"""Input validator of scoring-groups: one line with 1 <= n <= 10^12.

Flag "max_n M" (input_validator_flags of a group) lowers the bound to M. Exit 42 if valid, else 43.
"""
import re
import sys

max_n = 10**12
args = sys.argv[1:]
if "max_n" in args:
    max_n = int(args[args.index("max_n") + 1])
text = sys.stdin.buffer.read().decode("ascii", errors="replace")
if not re.fullmatch(r"[1-9][0-9]{0,12}\n", text) or not 1 <= int(text) <= max_n:
    print(f"expected one line with an integer 1 <= n <= {max_n}", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
