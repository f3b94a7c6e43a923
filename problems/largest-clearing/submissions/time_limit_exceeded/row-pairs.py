class Solution:
    def largestClearing(self, forest: List[str]) -> int:
        # correct, but tries every pair of rows: O(R^2 C)
        rows, cols = len(forest), len(forest[0])
        best = 0
        for top in range(rows):
            open_all = [True] * cols
            for bottom in range(top, rows):
                line = forest[bottom]
                run = 0
                for j in range(cols):
                    open_all[j] = open_all[j] and line[j] == "."
                    run = run + 1 if open_all[j] else 0
                    best = max(best, run * (bottom - top + 1))
        return best
