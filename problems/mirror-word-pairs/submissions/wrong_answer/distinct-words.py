class Solution:
    def countMirrorPairs(self, words: List[str]) -> int:
        # remembers which words were seen, not how often: undercounts repeated words
        seen = set()
        pairs = 0
        for word in words:
            if word[::-1] in seen:
                pairs += 1
            seen.add(word)
        return pairs
