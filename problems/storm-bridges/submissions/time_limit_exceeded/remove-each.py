"""Removes each bridge in turn and searches for another way between its ends: O(m (n + m))."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
bridges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
adj = [[] for _ in range(n + 1)]
for i, (u, v) in enumerate(bridges):
    adj[u].append((v, i))
    adj[v].append((u, i))
found = []
for skip, (a, b) in enumerate(bridges):
    seen = [False] * (n + 1)
    seen[a] = True
    stack = [a]
    while stack and not seen[b]:
        for w, i in adj[stack.pop()]:
            if i != skip and not seen[w]:
                seen[w] = True
                stack.append(w)
    if not seen[b]:
        found.append(skip + 1)
print(len(found))
if found:
    print(" ".join(map(str, found)))
