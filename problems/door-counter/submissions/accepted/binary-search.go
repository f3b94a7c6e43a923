// Keeps every arrival and finds the first one inside the window by binary search.
type DoorCounter struct {
	window int
	times  []int
}

func Constructor(window int) DoorCounter {
	return DoorCounter{window: window}
}

func (this *DoorCounter) Arrive(time int) int {
	this.times = append(this.times, time)
	return this.Recent(time)
}

func (this *DoorCounter) Recent(time int) int {
	lo, hi := 0, len(this.times)
	for lo < hi {
		mid := (lo + hi) / 2
		if this.times[mid] <= time-this.window {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return len(this.times) - lo
}
