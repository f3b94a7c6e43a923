"""Simulates minute by minute, scanning the whole grid every minute: O((R C)^2) on a corridor."""


class Solution:
    def restoreSignal(self, grid: List[List[int]]) -> List[int]:
        rows, cols = len(grid), len(grid[0])
        minute = 0
        while True:
            wake = []
            for r in range(rows):
                row = grid[r]
                for c in range(cols):
                    if row[c] == 1 and (
                        (r > 0 and grid[r - 1][c] == 2)
                        or (r + 1 < rows and grid[r + 1][c] == 2)
                        or (c > 0 and row[c - 1] == 2)
                        or (c + 1 < cols and row[c + 1] == 2)
                    ):
                        wake.append((r, c))
            if not wake:
                return [minute, sum(row.count(1) for row in grid)]
            minute += 1
            for r, c in wake:
                grid[r][c] = 2
