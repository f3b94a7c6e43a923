import "math"

func meanDistance(points [][]float64) float64 {
	total := 0.0
	for _, p := range points {
		total += math.Hypot(p[0], p[1])
	}
	return total / float64(len(points))
}
