// Sweeps the sorted start and end events; freed halls go on a stack and are reused first.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
)

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer out.Flush()
	var n int
	fmt.Fscan(in, &n)
	s, e := make([]int, n), make([]int, n)
	for i := 0; i < n; i++ {
		fmt.Fscan(in, &s[i], &e[i])
	}
	type event struct{ at, kind, talk int } // kind 0: end, 1: start (ends first at equal times)
	events := make([]event, 0, 2*n)
	for i := 0; i < n; i++ {
		events = append(events, event{s[i], 1, i}, event{e[i], 0, i})
	}
	sort.Slice(events, func(a, b int) bool {
		if events[a].at != events[b].at {
			return events[a].at < events[b].at
		}
		return events[a].kind < events[b].kind
	})
	hall := make([]int, n)
	free := []int{}
	count := 0
	for _, ev := range events {
		if ev.kind == 0 {
			free = append(free, hall[ev.talk])
			continue
		}
		if len(free) > 0 {
			hall[ev.talk] = free[len(free)-1]
			free = free[:len(free)-1]
		} else {
			count++
			hall[ev.talk] = count
		}
	}
	fmt.Fprintln(out, count)
	for i, h := range hall {
		if i > 0 {
			out.WriteByte(' ')
		}
		out.WriteString(strconv.Itoa(h))
	}
	out.WriteByte('\n')
}
