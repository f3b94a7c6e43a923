# Pass 1 (input "encode n"): the output must be one word of at most 20 lowercase letters,
# which becomes the next pass's input. Pass 2 (input "decode word"): the output must be n.
import re
import sys

input_file, answer_file, feedback = sys.argv[1], sys.argv[2], sys.argv[3]
mode = open(input_file).read().split()[0]
output = sys.stdin.read().strip()


def reject(message):
    with open(feedback + "judgemessage.txt", "a") as out:
        out.write(message + "\n")
    sys.exit(43)


if mode == "encode":
    if not re.fullmatch(r"[a-z]{1,20}", output):
        reject(f"pass 1: not a word of at most 20 lowercase letters: {output[:40]!r}")
    with open(feedback + "nextpass.in", "w") as out:
        out.write(f"decode\n{output}\n")
    sys.exit(42)
expected = open(answer_file).read().strip()
if output != expected:
    reject(f"pass 2: expected {expected}, got {output[:40]!r}")
sys.exit(42)
