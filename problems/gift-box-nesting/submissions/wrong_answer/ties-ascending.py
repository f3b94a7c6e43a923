# Sorts equal short sides by ascending long side: two boxes with the same short side can "nest".
class Solution:
    def longestNesting(self, boxes: List[List[int]]) -> int:
        order = sorted((min(a, b), max(a, b)) for a, b in boxes)
        tails = []
        for _, l in order:
            k = bisect.bisect_left(tails, l)
            if k == len(tails):
                tails.append(l)
            else:
                tails[k] = l
        return len(tails)
