class Solution:
    def paintedHouses(self, n: int, a: int, b: int) -> int:
        lcm = a // math.gcd(a, b) * b
        return n // a + n // b - n // lcm
