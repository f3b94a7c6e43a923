type LRUCache struct {
	capacity int
	clock    int
	values   map[int]int
	used     map[int]int
}

func Constructor(capacity int) LRUCache {
	return LRUCache{capacity: capacity, values: map[int]int{}, used: map[int]int{}}
}

func (this *LRUCache) Get(key int) int {
	value, ok := this.values[key]
	if !ok {
		return -1
	}
	this.clock++
	this.used[key] = this.clock
	return value
}

// Put evicts by scanning for the oldest stamp: O(capacity), fine for these limits.
func (this *LRUCache) Put(key int, value int) {
	this.clock++
	this.values[key] = value
	this.used[key] = this.clock
	if len(this.values) > this.capacity {
		oldest, stamp := 0, this.clock+1
		for k, s := range this.used {
			if s < stamp {
				oldest, stamp = k, s
			}
		}
		delete(this.values, oldest)
		delete(this.used, oldest)
	}
}
