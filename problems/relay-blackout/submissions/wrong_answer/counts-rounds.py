"""Counts breadth-first rounds, including the last one that wakes nobody: one minute too many."""


class Solution:
    def restoreSignal(self, grid: List[List[int]]) -> List[int]:
        rows, cols = len(grid), len(grid[0])
        frontier = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
        relays = sum(row.count(1) for row in grid)
        rounds = reached = 0
        while frontier:
            rounds += 1
            nxt = []
            for y, x in frontier:
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1:
                        grid[ny][nx] = 2
                        nxt.append((ny, nx))
            reached += len(nxt)
            frontier = nxt
        return [rounds, relays - reached]
