"""listgen N SEED [negative]: N seeded random numbers, printed as a test input."""
import sys

from rng_lib import numbers

count, seed = int(sys.argv[1]), int(sys.argv[2])
values = numbers(count, seed, len(sys.argv) > 3 and sys.argv[3] == "negative")
print(count)
print(*values)
