# @param {Float[][]} points
# @return {Float}
def mean_distance(points)
  points.sum { |x, y| Math.hypot(x, y) } / points.length
end
