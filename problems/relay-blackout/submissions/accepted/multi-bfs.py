class Solution:
    def restoreSignal(self, grid: List[List[int]]) -> List[int]:
        rows, cols = len(grid), len(grid[0])
        dist = [[-1] * cols for _ in range(rows)]
        queue = deque()
        relays = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 2:
                    dist[r][c] = 0
                    queue.append((r, c))
                elif grid[r][c] == 1:
                    relays += 1
        minutes = reached = 0
        while queue:
            y, x = queue.popleft()
            for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 and dist[ny][nx] < 0:
                    dist[ny][nx] = minutes = dist[y][x] + 1
                    reached += 1
                    queue.append((ny, nx))
        return [minutes, relays - reached]
