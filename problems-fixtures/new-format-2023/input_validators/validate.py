#!/usr/bin/env python3
"""Input validator of new-format-2023: two lines "x y r", |x|, |y| <= 1000, 1 <= r <= 1000,
different circles with at least one common point. Exit 42 if valid, else 43."""
import re
import sys


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


INTEGER = r"(0|-?[1-9][0-9]{0,3})"
LINE = INTEGER + " " + INTEGER + " " + INTEGER + "\n"
text = sys.stdin.buffer.read().decode("ascii", errors="replace")
match = re.fullmatch(LINE + LINE, text)
if not match:
    fail("expected two lines of three integers")
x1, y1, r1, x2, y2, r2 = map(int, match.groups())
if max(abs(x1), abs(y1), abs(x2), abs(y2)) > 1000 or not (1 <= r1 <= 1000 and 1 <= r2 <= 1000):
    fail("a value is out of range")
d2 = (x1 - x2) ** 2 + (y1 - y2) ** 2
if d2 == 0:
    fail("the centres coincide (same or nested circles)")
if not (r1 - r2) ** 2 <= d2 <= (r1 + r2) ** 2:
    fail("the circles do not meet")
sys.exit(42)
