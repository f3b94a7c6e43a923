// Intersects circle 1 with the radical line, in polar form around centre 1.
package main

import (
	"fmt"
	"math"
)

func main() {
	var x1, y1, r1, x2, y2, r2 float64
	fmt.Scan(&x1, &y1, &r1, &x2, &y2, &r2)
	d := math.Hypot(x2-x1, y2-y1)
	base := math.Atan2(y2-y1, x2-x1)
	cosine := (r1*r1 + d*d - r2*r2) / (2 * r1 * d)
	angle := math.Acos(math.Max(-1, math.Min(1, cosine)))
	fmt.Printf("%.12g %.12g\n", x1+r1*math.Cos(base+angle), y1+r1*math.Sin(base+angle))
}
