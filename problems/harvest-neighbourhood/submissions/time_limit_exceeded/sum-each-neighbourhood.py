class Solution:
    def neighbourhoodSums(self, grid: List[List[int]], radius: int) -> List[List[int]]:
        # correct, but adds up every neighbourhood from scratch: O(R * C * r^2)
        rows, cols = len(grid), len(grid[0])
        result = []
        for i in range(rows):
            row = []
            for j in range(cols):
                total = 0
                for x in range(max(0, i - radius), min(rows, i + radius + 1)):
                    total += sum(grid[x][max(0, j - radius) : j + radius + 1])
                row.append(total)
            result.append(row)
        return result
