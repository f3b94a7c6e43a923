#!/usr/bin/env python3
"""Output validator of "Rectangle of Tiles", in Python to show validators in any language.

    check.py input_file answer_file feedback_dir [flags] < team_output

Exit 42 accepts, 43 rejects (the reason goes to feedback_dir/judgemessage.txt); any other exit
(a crash, exit 1 below) is the validator's own failure. The answer file holds the judge's
answer: a pair "w h" or IMPOSSIBLE; it only says whether a rectangle exists.
"""
import os
import re
import sys

ACCEPT, REJECT, JUDGE_ERROR = 42, 43, 1


def main():
    if len(sys.argv) < 4:
        print("usage: check.py input answer feedback_dir [flags] < output", file=sys.stderr)
        sys.exit(JUDGE_ERROR)
    input_file, answer_file, feedback_dir = sys.argv[1:4]

    def reject(reason):
        with open(os.path.join(feedback_dir, "judgemessage.txt"), "a") as feedback:
            feedback.write(reason + "\n")
        sys.exit(REJECT)

    with open(input_file) as f:
        n = int(f.read().split()[0])
    with open(answer_file) as f:
        judge = f.read().split()
    possible = judge != ["IMPOSSIBLE"]

    # at most 1 KiB of output is read: a correct answer is far shorter
    team = sys.stdin.buffer.read(1024).decode("utf-8", errors="replace").split()
    if not team:
        reject("empty output")
    if team[0].upper() == "IMPOSSIBLE":
        if len(team) > 1:
            reject(f"trailing output after IMPOSSIBLE: {team[1][:30]!r}")
        if possible:
            reject(f"answered IMPOSSIBLE, but {n} = {judge[0]} x {judge[1]}")
        sys.exit(ACCEPT)
    if len(team) != 2:
        reject(f"expected two integers w h or IMPOSSIBLE, got {len(team)} tokens")
    if not all(re.fullmatch(r"[1-9][0-9]{0,12}", token) for token in team):
        reject(f"expected two positive integers, got {team[0][:30]!r} {team[1][:30]!r}")
    w, h = map(int, team)
    if w < 2 or w > h:
        reject(f"need 2 <= w <= h, got w = {w}, h = {h}")
    if w * h != n:
        reject(f"{w} x {h} = {w * h}, not {n}")
    if not possible:
        print(f"the team found {w} x {h} = {n}, but the answer file says IMPOSSIBLE", file=sys.stderr)
        sys.exit(JUDGE_ERROR)
    sys.exit(ACCEPT)


main()
