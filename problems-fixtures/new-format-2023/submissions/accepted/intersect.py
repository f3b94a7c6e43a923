# The other intersection point (to the right of the line between the centres): a different
# answer than the judge's, accepted by the output validator.
import math

x1, y1, r1, x2, y2, r2 = map(int, open(0).read().split())
dx, dy = x2 - x1, y2 - y1
d = math.hypot(dx, dy)
a = (r1 * r1 - r2 * r2 + d * d) / (2 * d)
h = math.sqrt(max(0.0, r1 * r1 - a * a))
mx, my = x1 + a * dx / d, y1 + a * dy / d
print(mx + h * dy / d, my - h * dx / d)
