class Solution:
    def smallestFloat(self, changes: List[int]) -> int:
        till = 0
        lowest = 0
        for change in changes:
            till += change
            lowest = min(lowest, till)
        return -lowest
