# Treats a talk that starts exactly when another ends as overlapping: too many halls.
import heapq
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
starts = list(map(int, data[1 : 2 * n + 1 : 2]))
ends = list(map(int, data[2 : 2 * n + 2 : 2]))
busy = []
halls = [0] * n
count = 0
for i in sorted(range(n), key=starts.__getitem__):
    if busy and busy[0][0] < starts[i]:
        hall = heapq.heappop(busy)[1]
    else:
        count += 1
        hall = count
    halls[i] = hall
    heapq.heappush(busy, (ends[i], hall))
print(count)
print(*halls)
