class Solution:
    def countMirrorPairs(self, words: List[str]) -> int:
        # correct, but compares every pair: O(n^2)
        pairs = 0
        for i, word in enumerate(words):
            mirrored = word[::-1]
            for j in range(i + 1, len(words)):
                if words[j] == mirrored:
                    pairs += 1
        return pairs
