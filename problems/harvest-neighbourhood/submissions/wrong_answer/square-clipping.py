class Solution:
    def neighbourhoodSums(self, grid: List[List[int]], radius: int) -> List[List[int]]:
        size = len(grid)  # assumes a square grid: columns are clipped by the number of rows
        cols = len(grid[0])
        s = [[0] * (cols + 1) for _ in range(size + 1)]
        for x in range(size):
            for y in range(cols):
                s[x + 1][y + 1] = grid[x][y] + s[x][y + 1] + s[x + 1][y] - s[x][y]
        result = []
        for i in range(size):
            a, b = max(0, i - radius), min(size - 1, i + radius) + 1
            row = []
            for j in range(cols):
                c, d = max(0, j - radius), min(size - 1, j + radius) + 1
                d = min(d, cols)
                row.append(s[b][d] - s[a][d] - s[b][c] + s[a][c])
            result.append(row)
        return result
