class Solution:
    def recordStreaks(self, levels: List[int]) -> List[int]:
        # correct, but walks back one day at a time: O(n^2) on a rising river
        streaks = []
        for i, level in enumerate(levels):
            j = i
            while j > 0 and levels[j - 1] <= level:
                j -= 1
            streaks.append(i - j + 1)
        return streaks
