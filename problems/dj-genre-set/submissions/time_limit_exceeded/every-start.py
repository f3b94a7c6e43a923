class Solution:
    def longestSet(self, genres: str, limit: int) -> int:
        # correct, but restarts the count at every left end: O(n^2) with a generous limit
        best = 0
        n = len(genres)
        for left in range(n):
            seen = set()
            right = left
            while right < n and (genres[right] in seen or len(seen) < limit):
                seen.add(genres[right])
                right += 1
            best = max(best, right - left)
        return best
