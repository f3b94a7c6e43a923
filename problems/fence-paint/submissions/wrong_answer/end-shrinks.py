# Extends the block with the new stroke's end even when that end is smaller (nested strokes).
class Solution:
    def paintedLength(self, strokes: List[List[int]]) -> int:
        total = 0
        start = end = -1
        for l, r in sorted(strokes):
            if l > end:
                total += end - start
                start = l
            end = r
        return total + end - start
