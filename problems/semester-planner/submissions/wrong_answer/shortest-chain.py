"""Breadth-first levels from the courses without prerequisites: the shortest chain, not the longest."""


class Solution:
    def planSemesters(self, n: int, prerequisites: List[List[int]]) -> List[int]:
        after = [[] for _ in range(n)]
        has_prerequisite = [False] * n
        for a, b in prerequisites:
            after[a].append(b)
            has_prerequisite[b] = True
        semester = [0] * n
        queue = deque()
        for v in range(n):
            if not has_prerequisite[v]:
                semester[v] = 1
                queue.append(v)
        while queue:
            a = queue.popleft()
            for b in after[a]:
                if semester[b] == 0:
                    semester[b] = semester[a] + 1
                    queue.append(b)
        return [] if 0 in semester else semester
