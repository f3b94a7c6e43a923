class Solution:
    def longestSet(self, genres: str, limit: int) -> int:
        counts = defaultdict(int)
        left = 0
        best = 0
        for right, genre in enumerate(genres):
            counts[genre] += 1
            while len(counts) > limit:
                old = genres[left]
                counts[old] -= 1
                if counts[old] == 0:
                    del counts[old]
                left += 1
            best = max(best, right - left + 1)
        return best
