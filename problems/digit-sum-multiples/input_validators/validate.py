#!/usr/bin/env python3
"""Input validator of digit-sum-multiples: "q k", then q lines "L R".

1 <= q <= 1000, 1 <= k <= 200, 1 <= L <= R <= 10^18; single spaces, a newline after each line.
Exit 42 when the input is valid, 43 (with the reason on stderr) when it is not.
"""
import re
import sys

INTEGER = re.compile(r"[1-9][0-9]{0,18}")


def fail(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def pair(line, what):
    tokens = line.split(" ")
    if len(tokens) != 2 or not all(INTEGER.fullmatch(token) for token in tokens):
        fail(f"{what}: expected two positive integers separated by one space")
    return int(tokens[0]), int(tokens[1])


try:
    text = sys.stdin.buffer.read().decode("ascii")
except UnicodeDecodeError:
    fail("input is not ASCII")
if not text.endswith("\n"):
    fail("the input must end with a newline")
lines = text[:-1].split("\n")
q, k = pair(lines[0], "line 1")
if not 1 <= q <= 1000:
    fail(f"q = {q} is out of range [1, 1000]")
if not 1 <= k <= 200:
    fail(f"k = {k} is out of range [1, 200]")
if len(lines) != q + 1:
    fail(f"expected {q} query lines, got {len(lines) - 1}")
for index, line in enumerate(lines[1:], start=2):
    low, high = pair(line, f"line {index}")
    if not 1 <= low <= high <= 10**18:
        fail(f"line {index}: need 1 <= L <= R <= 10^18, got L = {low}, R = {high}")
sys.exit(42)
