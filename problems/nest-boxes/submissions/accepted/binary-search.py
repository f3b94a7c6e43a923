class Solution:
    def widestSpacing(self, posts: List[int], boxes: int) -> int:
        q = sorted(posts)

        def fits(d: int) -> bool:
            count, last = 1, q[0]
            for x in q:
                if x - last >= d:
                    count += 1
                    last = x
            return count >= boxes

        lo, hi = 1, (q[-1] - q[0]) // (boxes - 1)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(mid):
                lo = mid
            else:
                hi = mid - 1
        return lo
