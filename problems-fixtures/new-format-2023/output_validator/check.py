#!/usr/bin/env python3
"""Output validator of "Where Two Circles Meet" (2023-07 draft layout: output_validator/).

    check.py input_file answer_file feedback_dir tolerance EPS < team_output

The flag "tolerance EPS" comes from output_validator_flags in testdata.yaml; without it the
validator fails (exit 1), so a judge that drops the flags is caught. Exit 42 accepts the
point when its distance to each centre is within EPS of that circle's radius; exit 43 rejects
it, with the reason in feedback_dir/judgemessage.txt. The answer file is not needed.
"""
import math
import os
import re
import sys

ACCEPT, REJECT, JUDGE_ERROR = 42, 43, 1
NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def main():
    if len(sys.argv) < 4:
        print("usage: check.py input answer feedback_dir tolerance EPS < output", file=sys.stderr)
        sys.exit(JUDGE_ERROR)
    input_file, _answer_file, feedback_dir = sys.argv[1:4]
    flags = sys.argv[4:]
    if "tolerance" not in flags or flags.index("tolerance") + 1 >= len(flags):
        print(f"missing flag 'tolerance EPS' (got flags {flags})", file=sys.stderr)
        sys.exit(JUDGE_ERROR)
    tolerance = float(flags[flags.index("tolerance") + 1])

    def reject(reason):
        with open(os.path.join(feedback_dir, "judgemessage.txt"), "a") as feedback:
            feedback.write(reason + "\n")
        sys.exit(REJECT)

    with open(input_file) as f:
        x1, y1, r1, x2, y2, r2 = map(int, f.read().split())

    team = sys.stdin.buffer.read(4096).decode("utf-8", errors="replace").split()
    if len(team) != 2:
        reject(f"expected two numbers x y, got {len(team)} tokens")
    if not all(NUMBER.fullmatch(token) for token in team):
        reject(f"not numbers: {team[0][:30]!r} {team[1][:30]!r}")
    x, y = map(float, team)
    if not (math.isfinite(x) and math.isfinite(y)):
        reject("coordinates must be finite")
    for index, (cx, cy, r) in enumerate(((x1, y1, r1), (x2, y2, r2)), start=1):
        distance = math.hypot(x - cx, y - cy)
        if abs(distance - r) > tolerance:
            reject(
                f"({x}, {y}) is {distance:.9f} from centre {index} ({cx}, {cy}), "
                f"radius {r}: off by {abs(distance - r):.3g} > {tolerance:g}"
            )
    with open(os.path.join(feedback_dir, "judgemessage.txt"), "a") as feedback:
        feedback.write(f"({x}, {y}) lies on both circles\n")
    sys.exit(ACCEPT)


main()
