# Checks every house: O(n).
class Solution:
    def paintedHouses(self, n: int, a: int, b: int) -> int:
        count = 0
        for x in range(1, n + 1):
            if x % a == 0 or x % b == 0:
                count += 1
        return count
