package main

import (
	"bufio"
	"container/heap"
	"fmt"
	"os"
)

type minHeap []int64

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(int64)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(reader, &n)
	h := make(minHeap, n)
	for i := range h {
		fmt.Fscan(reader, &h[i])
	}
	heap.Init(&h)
	var total int64
	for h.Len() > 1 {
		merged := heap.Pop(&h).(int64) + heap.Pop(&h).(int64)
		total += merged
		heap.Push(&h, merged)
	}
	fmt.Println(total)
}
