"""Also joins cells that touch at a corner (8 neighbours instead of 4)."""


class Solution:
    def largestLake(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        seen = [[False] * cols for _ in range(rows)]
        best = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != 1 or seen[r][c]:
                    continue
                seen[r][c] = True
                stack, size = [(r, c)], 0
                while stack:
                    y, x = stack.pop()
                    size += 1
                    for dy in (-1, 0, 1):
                        for dx in (-1, 0, 1):
                            ny, nx = y + dy, x + dx
                            if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 and not seen[ny][nx]:
                                seen[ny][nx] = True
                                stack.append((ny, nx))
                best = max(best, size)
        return best
