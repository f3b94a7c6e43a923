class Solution:
    def countMirrorPairs(self, words: List[str]) -> int:
        seen = Counter()
        pairs = 0
        for word in words:
            pairs += seen[word[::-1]]
            seen[word] += 1
        return pairs
