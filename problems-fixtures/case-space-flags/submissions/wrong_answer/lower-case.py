# Wrong under case_sensitive: the words come out in lower case.
import sys

lines = sys.stdin.read().split("\n")
for line in lines[1 : int(lines[0]) + 1]:
    print(" ".join(reversed(line.lower().split())))
