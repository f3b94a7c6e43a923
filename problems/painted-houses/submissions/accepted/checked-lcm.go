func paintedHouses(n int64, a int64, b int64) int64 {
	x, y := a, b
	for y != 0 {
		x, y = y, x%y
	}
	step := a / x
	var both int64
	if step <= n/b {
		both = n / (step * b)
	}
	return n/a + n/b - both
}
