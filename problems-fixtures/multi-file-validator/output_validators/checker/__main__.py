import sys

from compare import same_number

input_file, answer_file, feedback = sys.argv[1], sys.argv[2], sys.argv[3]
output = sys.stdin.read()
if same_number(output, open(answer_file).read().strip()):
    sys.exit(42)
with open(feedback + "judgemessage.txt", "w") as out:
    out.write(f"expected {open(answer_file).read().strip()}, got {output.strip()[:40]!r}\n")
sys.exit(43)
