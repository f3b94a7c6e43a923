#!/usr/bin/env python3
"""Output validator of "Ambulance Route": any fastest route is right.

    check.py input_file answer_file feedback_dir [flags] < team_output

Exit 42 accepts, 43 rejects (the reason goes to feedback_dir/judgemessage.txt); exit 1 is the
validator's own failure (a route faster than the judge's, which means the judge is wrong).
The answer file's first token is the optimal time, or -1 when the hospital is unreachable.
"""
import os
import re
import sys

ACCEPT, REJECT, JUDGE_ERROR = 42, 43, 1
INTEGER = re.compile(r"-?[0-9]{1,20}")
# a route of 5e4 junctions is under 0.5 MB; anything far beyond is not a route
MAX_OUTPUT_BYTES = 4 << 20


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
        data = f.read().split()
    n, m = int(data[0]), int(data[1])
    fastest = {}
    for i in range(m):
        u, v, w = (int(x) for x in data[2 + 3 * i : 5 + 3 * i])
        key = (min(u, v), max(u, v))
        if key not in fastest or w < fastest[key]:
            fastest[key] = w
    with open(answer_file) as f:
        best = int(f.read().split()[0])

    raw = sys.stdin.buffer.read(MAX_OUTPUT_BYTES + 1)
    if len(raw) > MAX_OUTPUT_BYTES:
        reject("the output is far longer than any route")
    team = raw.decode("utf-8", errors="replace").split()
    if not team:
        reject("empty output")
    for token in team:
        if not INTEGER.fullmatch(token):
            reject(f"{token[:30]!r} is not an integer")
    numbers = [int(token) for token in team]
    if best == -1:
        if numbers != [-1]:
            reject("the hospital cannot be reached, so the output must be -1")
        sys.exit(ACCEPT)
    if numbers[0] == -1:
        reject(f"answered -1, but the hospital can be reached in {best} seconds")
    if len(numbers) < 2:
        reject("expected the time, the number of junctions and the route")
    claimed, k = numbers[0], numbers[1]
    route = numbers[2:]
    if k < 2 or k > n:
        reject(f"the route must have between 2 and {n} junctions, got k = {k}")
    if len(route) != k:
        reject(f"k = {k}, but {len(route)} junctions follow")
    if route[0] != 1 or route[-1] != n:
        reject(f"the route must go from 1 to {n}, it goes from {route[0]} to {route[-1]}")
    total = 0
    for a, b in zip(route, route[1:]):
        w = fastest.get((min(a, b), max(a, b)))
        if w is None:
            reject(f"no street joins junctions {a} and {b}")
        total += w
    if total != claimed:
        reject(f"the route takes {total} seconds, but the output says {claimed}")
    if total > best:
        reject(f"the route takes {total} seconds; a faster one exists")
    if total < best:
        print(f"the team's route takes {total} < {best} seconds: the answer file is wrong", file=sys.stderr)
        sys.exit(JUDGE_ERROR)
    sys.exit(ACCEPT)


main()
