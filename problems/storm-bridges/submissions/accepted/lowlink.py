"""Tarjan's low-link search with an explicit stack, skipping the arriving bridge by index. O(n + m)."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    adj[u].append((v, i))
    adj[v].append((u, i))
num, low = [0] * (n + 1), [0] * (n + 1)
counter, found = 0, []
for start in range(1, n + 1):
    if num[start]:
        continue
    counter += 1
    num[start] = low[start] = counter
    stack = [[start, -1, 0]]
    while stack:
        frame = stack[-1]
        v = frame[0]
        if frame[2] < len(adj[v]):
            w, i = adj[v][frame[2]]
            frame[2] += 1
            if i == frame[1]:
                continue
            if num[w]:
                if num[w] < low[v]:
                    low[v] = num[w]
            else:
                counter += 1
                num[w] = low[w] = counter
                stack.append([w, i, 0])
            continue
        stack.pop()
        if stack:
            u = stack[-1][0]
            if low[v] < low[u]:
                low[u] = low[v]
            if low[v] > num[u]:
                found.append(frame[1] + 1)
found.sort()
print(len(found))
if found:
    print(" ".join(map(str, found)))
