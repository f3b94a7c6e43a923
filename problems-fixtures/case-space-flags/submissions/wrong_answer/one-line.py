# Wrong under space_change_sensitive: all sentences on one line, separated by spaces.
import sys

lines = sys.stdin.read().split("\n")
print(" ".join(" ".join(reversed(line.split())) for line in lines[1 : int(lines[0]) + 1]))
