# Runs the greedy check on the posts in the order given, without sorting them.
class Solution:
    def widestSpacing(self, posts: List[int], boxes: int) -> int:
        def fits(d: int) -> bool:
            count, last = 1, posts[0]
            for x in posts:
                if abs(x - last) >= d:
                    count += 1
                    last = x
            return count >= boxes

        lo, hi = 1, (max(posts) - min(posts)) // (boxes - 1)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(mid):
                lo = mid
            else:
                hi = mid - 1
        return lo
