"""Relaxes every pair again and again until nothing changes: O(n * m) on a long chain."""


class Solution:
    def planSemesters(self, n: int, prerequisites: List[List[int]]) -> List[int]:
        semester = [1] * n
        for _ in range(n + 1):
            changed = False
            for a, b in prerequisites:
                if semester[b] <= semester[a]:
                    semester[b] = semester[a] + 1
                    changed = True
            if not changed:
                return semester
        return []
