# Sorted by start, but looks for a free hall by scanning all of them: O(n * k).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
starts = list(map(int, data[1 : 2 * n + 1 : 2]))
ends = list(map(int, data[2 : 2 * n + 2 : 2]))
free_at = []
halls = [0] * n
for i in sorted(range(n), key=starts.__getitem__):
    chosen = -1
    for h in range(len(free_at)):
        if free_at[h] <= starts[i]:
            chosen = h
            break
    if chosen < 0:
        chosen = len(free_at)
        free_at.append(0)
    free_at[chosen] = ends[i]
    halls[i] = chosen + 1
print(len(free_at))
print(*halls)
