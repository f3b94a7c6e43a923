#!/usr/bin/env python3
"""Input validator of custom-checker-py: one line with 2 <= n <= 10^12. Exit 42 if valid, else 43."""
import re
import sys

text = sys.stdin.buffer.read().decode("ascii", errors="replace")
if not re.fullmatch(r"[1-9][0-9]{0,12}\n", text) or not 2 <= int(text) <= 10**12:
    print("expected one line with an integer 2 <= n <= 10^12", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
