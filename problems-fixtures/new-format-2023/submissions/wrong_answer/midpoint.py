# Wrong: the point on the segment between the centres where the radical line crosses it; it
# lies on both circles only when they touch (it passes the tangent tests, not the others).
import math

x1, y1, r1, x2, y2, r2 = map(int, open(0).read().split())
dx, dy = x2 - x1, y2 - y1
d = math.hypot(dx, dy)
a = (r1 * r1 - r2 * r2 + d * d) / (2 * d)
print(x1 + a * dx / d, y1 + a * dy / d)
