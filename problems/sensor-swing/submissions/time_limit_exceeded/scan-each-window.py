class Solution:
    def windowSwings(self, readings: List[int], width: int) -> List[int]:
        # correct, but scans each window from scratch: O(n * width)
        return [
            max(readings[i : i + width]) - min(readings[i : i + width])
            for i in range(len(readings) - width + 1)
        ]
