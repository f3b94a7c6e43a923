# Wrong: tries 1, 2, 3, ... and runs out of guesses (the limit is ceil(log2 N) + 1).
n = int(input())
for guess in range(1, n + 1):
    print(guess, flush=True)
    if input().strip() == "=":
        break
