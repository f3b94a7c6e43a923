class Solution:
    def longestNesting(self, boxes: List[List[int]]) -> int:
        # short side ascending; equal short sides by long side descending
        order = sorted((min(a, b), -max(a, b)) for a, b in boxes)
        tails = []
        for _, neg in order:
            k = bisect.bisect_left(tails, -neg)
            if k == len(tails):
                tails.append(-neg)
            else:
                tails[k] = -neg
        return len(tails)
