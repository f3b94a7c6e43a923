# The O(n^2) DP over pairs of boxes.
class Solution:
    def longestNesting(self, boxes: List[List[int]]) -> int:
        norm = sorted((min(a, b), max(a, b)) for a, b in boxes)
        best = [1] * len(norm)
        for i, (s, l) in enumerate(norm):
            for j in range(i):
                if norm[j][0] < s and norm[j][1] < l and best[j] >= best[i]:
                    best[i] = best[j] + 1
        return max(best)
