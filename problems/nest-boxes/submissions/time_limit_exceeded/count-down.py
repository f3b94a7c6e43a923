# Tries every distance from the upper bound downwards: O(n * range).
class Solution:
    def widestSpacing(self, posts: List[int], boxes: int) -> int:
        q = sorted(posts)
        d = (q[-1] - q[0]) // (boxes - 1)
        while d > 1:
            count, last = 1, q[0]
            for x in q:
                if x - last >= d:
                    count += 1
                    last = x
            if count >= boxes:
                return d
            d -= 1
        return 1
