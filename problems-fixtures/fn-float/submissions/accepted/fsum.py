class Solution:
    def meanDistance(self, points: List[List[float]]) -> float:
        return math.fsum(math.hypot(x, y) for x, y in points) / len(points)
