class Solution:
    def neighbourhoodSums(self, grid: List[List[int]], radius: int) -> List[List[int]]:
        rows, cols = len(grid), len(grid[0])
        s = [[0] * (cols + 1) for _ in range(rows + 1)]
        for x in range(rows):
            above, here, line = s[x], s[x + 1], grid[x]
            for y in range(cols):
                here[y + 1] = line[y] + above[y + 1] + here[y] - above[y]
        result = []
        for i in range(rows):
            top, bottom = s[max(0, i - radius)], s[min(rows - 1, i + radius) + 1]
            row = []
            for j in range(cols):
                c, d = max(0, j - radius), min(cols - 1, j + radius) + 1
                row.append(bottom[d] - top[d] - bottom[c] + top[c])
            result.append(row)
        return result
