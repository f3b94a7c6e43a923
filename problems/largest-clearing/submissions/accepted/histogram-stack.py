class Solution:
    def largestClearing(self, forest: List[str]) -> int:
        cols = len(forest[0])
        heights = [0] * (cols + 1)  # the last bar stays 0 and flushes the stack
        best = 0
        for row in forest:
            for j in range(cols):
                heights[j] = heights[j] + 1 if row[j] == "." else 0
            stack = []
            for j, height in enumerate(heights):
                while stack and heights[stack[-1]] >= height:
                    top = heights[stack.pop()]
                    width = j - stack[-1] - 1 if stack else j
                    if top * width > best:
                        best = top * width
                stack.append(j)
        return best
