class Solution:
    def recordStreaks(self, levels: List[int]) -> List[int]:
        stack = []
        streaks = []
        for i, level in enumerate(levels):
            while stack and levels[stack[-1]] <= level:
                stack.pop()
            streaks.append(i - stack[-1] if stack else i + 1)
            stack.append(i)
        return streaks
