class Solution:
    def smallestFloat(self, changes: List[int]) -> int:
        # correct, but sums every prefix from scratch: O(n^2)
        need = 0
        for i in range(len(changes)):
            need = max(need, -sum(changes[: i + 1]))
        return need
