"""Sorts once and adds the pieces to one growing cable, shortest first: not optimal."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
pieces = sorted(map(int, data[1 : 1 + n]))
total, cable = 0, pieces[0]
for piece in pieces[1:]:
    cable += piece
    total += cable
print(total)
