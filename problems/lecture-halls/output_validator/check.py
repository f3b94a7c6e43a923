#!/usr/bin/env python3
"""Output validator of lecture-halls.

    check.py input_file answer_file feedback_dir [flags] < team_output

The answer file starts with the smallest number of halls k (the samples' answer files go on with
one optimal assignment, which is not used). The team's output is accepted when it prints that k and a hall in [1, k] for every talk
such that no two talks in one hall overlap ([s, e) intervals: touching is fine).
Exit 42 accepts, 43 rejects with the reason in feedback_dir/judgemessage.txt; anything else is the
validator's own failure.
"""
import os
import re
import sys

ACCEPT, REJECT, JUDGE_ERROR = 42, 43, 1
TOKEN = re.compile(rb"-?[0-9]{1,12}")


def main():
    if len(sys.argv) < 4:
        print("usage: check.py input answer feedback_dir [flags] < output", file=sys.stderr)
        sys.exit(JUDGE_ERROR)
    input_file, answer_file, feedback_dir = sys.argv[1:4]

    def reject(reason):
        with open(os.path.join(feedback_dir, "judgemessage.txt"), "a") as feedback:
            feedback.write(reason + "\n")
        sys.exit(REJECT)

    with open(input_file, "rb") as f:
        data = f.read().split()
    n = int(data[0])
    talks = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
    with open(answer_file, "rb") as f:
        best = int(f.read().split()[0])

    # a right answer has n + 1 numbers of at most 6 digits: cap what is read well above that
    tokens = sys.stdin.buffer.read(16 * (n + 1) + 1024).split()
    if not tokens:
        reject("empty output")
    for index, token in enumerate(tokens[: n + 1]):
        if not TOKEN.fullmatch(token):
            reject(f"token {index + 1} is not an integer: {token[:20]!r}")
    k = int(tokens[0])
    if k != best:
        reject(f"printed k = {k}, but the smallest number of halls is {best}" if k > best
               else f"printed k = {k}, fewer halls than possible ({best} are needed)")
    if len(tokens) != n + 1:
        reject(f"expected k and {n} hall numbers, got {len(tokens) - 1} hall numbers")
    halls = [int(t) for t in tokens[1:]]
    by_hall = {}
    for i, h in enumerate(halls):
        if not 1 <= h <= k:
            reject(f"talk {i + 1} is in hall {h}, outside [1, {k}]")
        by_hall.setdefault(h, []).append(i)
    for h, items in by_hall.items():
        items.sort(key=lambda i: talks[i])
        for a, b in zip(items, items[1:]):
            if talks[a][1] > talks[b][0]:
                reject(f"talks {a + 1} [{talks[a][0]}, {talks[a][1]}) and {b + 1} [{talks[b][0]}, {talks[b][1]}) overlap in hall {h}")
    sys.exit(ACCEPT)


main()
