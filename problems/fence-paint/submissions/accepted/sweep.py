class Solution:
    def paintedLength(self, strokes: List[List[int]]) -> int:
        total = 0
        start = end = -1
        for l, r in sorted(strokes):
            if l > end:
                total += end - start
                start, end = l, r
            elif r > end:
                end = r
        return total + end - start
