class Solution:
    def smallestFloat(self, changes: List[int]) -> int:
        # starts the minimum at the first movement, not at the empty prefix: negative floats
        till = 0
        lowest = None
        for change in changes:
            till += change
            lowest = till if lowest is None else min(lowest, till)
        return -lowest
