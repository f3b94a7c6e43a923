package main

import (
	"bufio"
	"os"
	"sort"
	"strconv"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<16)
	readInt := func() int {
		x, c := 0, byte(0)
		for c, _ = reader.ReadByte(); c < '0'; c, _ = reader.ReadByte() {
		}
		for ; c >= '0'; c, _ = reader.ReadByte() {
			x = x*10 + int(c-'0')
		}
		return x
	}
	n, m := readInt(), readInt()
	type edge struct{ to, id int }
	adj := make([][]edge, n+1)
	for i := 0; i < m; i++ {
		u, v := readInt(), readInt()
		adj[u] = append(adj[u], edge{v, i})
		adj[v] = append(adj[v], edge{u, i})
	}
	num := make([]int, n+1)
	low := make([]int, n+1)
	type frame struct{ v, via, at int }
	var stack []frame
	var found []int
	counter := 0
	for start := 1; start <= n; start++ {
		if num[start] != 0 {
			continue
		}
		counter++
		num[start], low[start] = counter, counter
		stack = append(stack, frame{start, -1, 0})
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			v := top.v
			if top.at < len(adj[v]) {
				e := adj[v][top.at]
				top.at++
				if e.id == top.via {
					continue
				}
				if num[e.to] != 0 {
					if num[e.to] < low[v] {
						low[v] = num[e.to]
					}
				} else {
					counter++
					num[e.to], low[e.to] = counter, counter
					stack = append(stack, frame{e.to, e.id, 0})
				}
				continue
			}
			via := top.via
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				u := stack[len(stack)-1].v
				if low[v] < low[u] {
					low[u] = low[v]
				}
				if low[v] > num[u] {
					found = append(found, via+1)
				}
			}
		}
	}
	sort.Ints(found)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()
	writer.WriteString(strconv.Itoa(len(found)) + "\n")
	for i, id := range found {
		if i > 0 {
			writer.WriteByte(' ')
		}
		writer.WriteString(strconv.Itoa(id))
	}
	if len(found) > 0 {
		writer.WriteByte('\n')
	}
}
