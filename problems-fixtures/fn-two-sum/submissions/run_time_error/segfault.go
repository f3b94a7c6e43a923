// Crashes: dereferences a nil map entry pointer, a runtime panic.
func twoSum(nums []int, target int) []int {
	var cells map[int]*int
	return []int{*cells[target], 0}
}
