class Solution:
    def planSemesters(self, n: int, prerequisites: List[List[int]]) -> List[int]:
        after = [[] for _ in range(n)]
        waiting = [0] * n
        for a, b in prerequisites:
            after[a].append(b)
            waiting[b] += 1
        semester = [1] * n
        queue = deque(v for v in range(n) if waiting[v] == 0)
        done = 0
        while queue:
            a = queue.popleft()
            done += 1
            for b in after[a]:
                semester[b] = max(semester[b], semester[a] + 1)
                waiting[b] -= 1
                if waiting[b] == 0:
                    queue.append(b)
        return semester if done == n else []
