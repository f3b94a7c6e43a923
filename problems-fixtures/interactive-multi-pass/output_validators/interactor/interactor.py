# One round per pass: the input is "round secret". After a found number the next round's
# input goes to nextpass.in, until the third round.
import sys

ROUNDS = 3
MAX_GUESSES = 7
input_file, answer_file, feedback = sys.argv[1], sys.argv[2], sys.argv[3]
round_number, secret = map(int, open(input_file).read().split())


def finish(code, message):
    with open(feedback + "judgemessage.txt", "a") as out:
        out.write(f"round {round_number}: {message}\n")
    sys.exit(code)


for guess_number in range(1, MAX_GUESSES + 1):
    line = sys.stdin.readline()
    if not line:
        finish(43, "no guess before end of output")
    try:
        guess = int(line)
    except ValueError:
        finish(43, f"not a number: {line.strip()[:20]!r}")
    if guess == secret:
        print("=", flush=True)
        if round_number < ROUNDS:
            with open(feedback + "nextpass.in", "w") as out:
                out.write(f"{round_number + 1} {(secret * 37 + 11) % 100 + 1}\n")
        sys.exit(42)
    print("<" if secret < guess else ">", flush=True)
finish(43, f"not found in {MAX_GUESSES} guesses")
