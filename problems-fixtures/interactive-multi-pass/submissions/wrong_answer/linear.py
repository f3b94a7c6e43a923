# counts up from 1: finds every first-round number (at most 7) but not the later ones
for guess in range(1, 101):
    print(guess, flush=True)
    if input().strip() == "=":
        break
