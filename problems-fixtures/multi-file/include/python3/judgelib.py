"""Added by the judge to every Python 3 submission of this problem (include/python3/).

    from judgelib import read_ints, write_lines
"""
import sys


def read_ints():
    """Every integer of stdin, as a list."""
    return [int(token) for token in sys.stdin.buffer.read().split()]


def write_lines(lines):
    """Writes the lines (anything str() accepts), one per line, in one write."""
    sys.stdout.write("".join(f"{line}\n" for line in lines))
