# Keeps disjoint painted pieces and merges each new stroke against all of them: O(n^2).
class Solution:
    def paintedLength(self, strokes: List[List[int]]) -> int:
        pieces = []
        for l, r in strokes:
            merged_l, merged_r = l, r
            kept = []
            for a, b in pieces:
                if b < merged_l or a > merged_r:
                    kept.append((a, b))
                else:
                    merged_l = min(merged_l, a)
                    merged_r = max(merged_r, b)
            kept.append((merged_l, merged_r))
            pieces = kept
        return sum(b - a for a, b in pieces)
