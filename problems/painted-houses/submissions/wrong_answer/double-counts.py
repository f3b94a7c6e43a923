# Forgets that houses painted by both painters are counted twice.
class Solution:
    def paintedHouses(self, n: int, a: int, b: int) -> int:
        return n // a + n // b
