"""write_both NAME: writes NAME.in and NAME.ans itself (stdout is then ignored)."""
import sys

name = sys.argv[1]
with open(f"{name}.in", "w") as file:
    file.write("2\n1000000000 1000000000\n")
with open(f"{name}.ans", "w") as file:
    file.write("2000000000\n")
print("this is not the input")
