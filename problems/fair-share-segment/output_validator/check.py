#!/usr/bin/env python3
"""Output validator of fair-share-segment (2023-07 draft layout: output_validator/).

    check.py input_file answer_file feedback_dir < team_output

Any segment whose sum is a multiple of n is right, so the team's "l r" for each row is checked
against the input itself; the answer file (one valid segment per row) is not needed. Exit 42
accepts, 43 rejects with the reason in feedback_dir/judgemessage.txt, anything else is the
validator's own failure.
"""
import os
import re
import sys

ACCEPT, REJECT, JUDGE_ERROR = 42, 43, 1
INDEX = re.compile(r"[1-9][0-9]{0,6}")


def main():
    if len(sys.argv) < 4:
        print("usage: check.py input answer feedback_dir < output", file=sys.stderr)
        sys.exit(JUDGE_ERROR)
    input_file, _answer_file, feedback_dir = sys.argv[1:4]

    def reject(reason):
        with open(os.path.join(feedback_dir, "judgemessage.txt"), "a") as feedback:
            feedback.write(reason + "\n")
        sys.exit(REJECT)

    with open(input_file) as f:
        data = f.read().split()
    t = int(data[0])
    position = 1
    # a correct output has 2t indices of at most 6 digits: read a little more than that, no more
    team = sys.stdin.buffer.read(16 * t + 1024).decode("utf-8", errors="replace").split()
    if len(team) != 2 * t:
        reject(f"expected {2 * t} integers (l and r for each of {t} rows), got {len(team)} tokens")
    for row in range(t):
        n = int(data[position])
        values = data[position + 1 : position + 1 + n]
        position += 1 + n
        l_text, r_text = team[2 * row], team[2 * row + 1]
        if not INDEX.fullmatch(l_text) or not INDEX.fullmatch(r_text):
            reject(f"row {row + 1}: expected two positive integers, got {l_text[:20]!r} {r_text[:20]!r}")
        left, right = int(l_text), int(r_text)
        if not 1 <= left <= right <= n:
            reject(f"row {row + 1}: need 1 <= l <= r <= n = {n}, got l = {left}, r = {right}")
        total = sum(int(v) for v in values[left - 1 : right])
        if total % n != 0:
            reject(f"row {row + 1}: the sum over {left}..{right} is {total}, not a multiple of {n}")
    sys.exit(ACCEPT)


main()
