// Verdict's driver for function problems in Go (docs/FUNCTION-PROBLEMS.md). main.go is this
// file followed by the generated glue; the user's code is solution.go in the same package.
package main

import (
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode/utf16"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

const verdictMaxNodes = 1000000

// Package variables of this file are set before those of solution.go and before any init():
// the tests are read before the user's code runs.
var verdictNonce, verdictTests = verdictReadTests()
var verdictOut = os.Stdout

// verdictParsing is true while the driver reads a test: a failure then is the driver's.
var verdictParsing bool

func verdictReadTests() (string, []string) {
	data := []byte{}
	buffer := make([]byte, 1<<16)
	newlines, need := 0, -1
	for need < 0 || newlines < need {
		n, err := os.Stdin.Read(buffer)
		if n <= 0 && err != nil {
			os.Exit(0) // the judge closed stdin early: it wants no more
		}
		for _, b := range buffer[:n] {
			if b == '\n' {
				newlines++
			}
		}
		data = append(data, buffer[:n]...)
		if need < 0 && newlines >= 2 {
			count, _ := strconv.Atoi(strings.SplitN(string(data), "\n", 3)[1])
			need = 2 + count
		}
	}
	lines := strings.Split(string(data), "\n")
	return lines[0], lines[2:need]
}

type verdictReader struct {
	s string
	i int
}

func (r *verdictReader) fail(what string) {
	panic(fmt.Sprintf("%s at character %d", what, r.i+1))
}

func (r *verdictReader) ws() {
	for r.i < len(r.s) && r.s[r.i] <= ' ' {
		r.i++
	}
}

func (r *verdictReader) expect(c byte) {
	r.ws()
	if r.i >= len(r.s) || r.s[r.i] != c {
		r.fail("expected '" + string(c) + "'")
	}
	r.i++
}

// empty, after '[': true (and past ']') when the array is empty.
func (r *verdictReader) empty() bool {
	r.ws()
	if r.i < len(r.s) && r.s[r.i] == ']' {
		r.i++
		return true
	}
	return false
}

// more, after an element: true past ',', false past ']'.
func (r *verdictReader) more() bool {
	r.ws()
	if r.i < len(r.s) && r.s[r.i] == ',' {
		r.i++
		return true
	}
	r.expect(']')
	return false
}

func (r *verdictReader) isNull() bool {
	r.ws()
	if strings.HasPrefix(r.s[r.i:], "null") {
		r.i += 4
		return true
	}
	return false
}

func (r *verdictReader) number() string {
	r.ws()
	start := r.i
	for r.i < len(r.s) && strings.IndexByte("+-0123456789.eE", r.s[r.i]) >= 0 {
		r.i++
	}
	if start == r.i {
		r.fail("expected a number")
	}
	return r.s[start:r.i]
}

func (r *verdictReader) readInt() int {
	v, err := strconv.ParseInt(r.number(), 10, 64)
	if err != nil {
		r.fail(err.Error())
	}
	return int(v)
}

func (r *verdictReader) readLong() int64 {
	v, err := strconv.ParseInt(r.number(), 10, 64)
	if err != nil {
		r.fail(err.Error())
	}
	return v
}

func (r *verdictReader) readDouble() float64 {
	v, err := strconv.ParseFloat(r.number(), 64)
	if err != nil {
		r.fail(err.Error())
	}
	return v
}

func (r *verdictReader) readBool() bool {
	r.ws()
	if strings.HasPrefix(r.s[r.i:], "true") {
		r.i += 4
		return true
	}
	if strings.HasPrefix(r.s[r.i:], "false") {
		r.i += 5
		return false
	}
	r.fail("expected true or false")
	return false
}

func (r *verdictReader) hex4() rune {
	if r.i+4 > len(r.s) {
		r.fail("bad \\u escape")
	}
	v, err := strconv.ParseUint(r.s[r.i:r.i+4], 16, 32)
	if err != nil {
		r.fail("bad \\u escape")
	}
	r.i += 4
	return rune(v)
}

func (r *verdictReader) readString() string {
	r.expect('"')
	var out strings.Builder
	for {
		if r.i >= len(r.s) {
			r.fail("unterminated string")
		}
		c := r.s[r.i]
		r.i++
		if c == '"' {
			return out.String()
		}
		if c != '\\' {
			out.WriteByte(c)
			continue
		}
		e := r.s[r.i]
		r.i++
		switch e {
		case 'b':
			out.WriteByte('\b')
		case 'f':
			out.WriteByte('\f')
		case 'n':
			out.WriteByte('\n')
		case 'r':
			out.WriteByte('\r')
		case 't':
			out.WriteByte('\t')
		case 'u':
			cp := r.hex4()
			if utf16.IsSurrogate(cp) && strings.HasPrefix(r.s[r.i:], "\\u") {
				r.i += 2
				cp = utf16.DecodeRune(cp, r.hex4())
			}
			out.WriteRune(cp)
		default:
			out.WriteByte(e)
		}
	}
}

func (r *verdictReader) nodeValues() []*int {
	values := []*int{}
	r.expect('[')
	if !r.empty() {
		for {
			if r.isNull() {
				values = append(values, nil)
			} else {
				v := r.readInt()
				values = append(values, &v)
			}
			if !r.more() {
				break
			}
		}
	}
	return values
}

func (r *verdictReader) readList() *ListNode {
	head := &ListNode{}
	tail := head
	for _, v := range r.nodeValues() {
		tail.Next = &ListNode{Val: *v}
		tail = tail.Next
	}
	return head.Next
}

func (r *verdictReader) readTree() *TreeNode {
	values := r.nodeValues()
	if len(values) == 0 || values[0] == nil {
		return nil
	}
	root := &TreeNode{Val: *values[0]}
	queue := []*TreeNode{root}
	for at := 1; at < len(values); {
		node := queue[0]
		queue = queue[1:]
		if at < len(values) && values[at] != nil {
			node.Left = &TreeNode{Val: *values[at]}
			queue = append(queue, node.Left)
		}
		at++
		if at < len(values) && values[at] != nil {
			node.Right = &TreeNode{Val: *values[at]}
			queue = append(queue, node.Right)
		}
		at++
	}
	return root
}

type verdictWriter struct {
	b strings.Builder
}

func (w *verdictWriter) raw(text string)    { w.b.WriteString(text) }
func (w *verdictWriter) writeInt(v int)     { w.b.WriteString(strconv.Itoa(v)) }
func (w *verdictWriter) writeLong(v int64)  { w.b.WriteString(strconv.FormatInt(v, 10)) }
func (w *verdictWriter) writeBool(v bool)   { w.b.WriteString(strconv.FormatBool(v)) }
func (w *verdictWriter) String() string     { return w.b.String() }
func (w *verdictWriter) writeDouble(v float64) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		w.b.WriteString("null")
		return
	}
	w.b.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
}

func (w *verdictWriter) writeString(v string) {
	w.b.WriteByte('"')
	for _, c := range v { // invalid UTF-8 comes out as U+FFFD
		switch {
		case c == '"' || c == '\\':
			w.b.WriteByte('\\')
			w.b.WriteRune(c)
		case c < 0x20:
			fmt.Fprintf(&w.b, "\\u%04x", c)
		default:
			w.b.WriteRune(c)
		}
	}
	w.b.WriteByte('"')
}

func (w *verdictWriter) writeList(node *ListNode) {
	w.b.WriteByte('[')
	for count := 0; node != nil; node, count = node.Next, count+1 {
		if count >= verdictMaxNodes {
			panic("the returned list has more than 1000000 nodes (a cycle?)")
		}
		if count > 0 {
			w.b.WriteByte(',')
		}
		w.b.WriteString(strconv.Itoa(node.Val))
	}
	w.b.WriteByte(']')
}

func (w *verdictWriter) writeTree(root *TreeNode) {
	queue := []*TreeNode{}
	if root != nil {
		queue = append(queue, root)
	}
	values := []string{}
	for head := 0; head < len(queue); head++ {
		node := queue[head]
		if node == nil {
			values = append(values, "null")
			continue
		}
		if len(values) >= verdictMaxNodes {
			panic("the returned tree has more than 1000000 nodes (a cycle?)")
		}
		values = append(values, strconv.Itoa(node.Val))
		queue = append(queue, node.Left, node.Right)
	}
	for len(values) > 0 && values[len(values)-1] == "null" {
		values = values[:len(values)-1]
	}
	w.b.WriteString("[" + strings.Join(values, ",") + "]")
}

var verdictWriting sync.Mutex

// The test running now (-1 between tests) and the CPU clock when it started.
var verdictCurrent, verdictStarted int64 = -1, 0

func verdictEmit(text string) {
	data := []byte("\n" + verdictNonce + " " + text + "\n")
	verdictWriting.Lock()
	defer verdictWriting.Unlock()
	for len(data) > 0 {
		n, err := verdictOut.Write(data)
		if err != nil {
			os.Exit(1)
		}
		data = data[n:]
	}
}

func verdictJSON(text string) string {
	w := &verdictWriter{}
	w.writeString(text)
	return w.String()
}

// verdictStack keeps the frames of the user's code from a panic's stack.
func verdictStack() string {
	lines := strings.Split(string(debug.Stack()), "\n")
	kept := []string{}
	for k := 1; k < len(lines); k++ {
		if strings.Contains(lines[k], "solution.go") {
			at := strings.LastIndex(lines[k], " +0x")
			if at < 0 {
				at = len(lines[k])
			}
			kept = append(kept, lines[k-1], strings.Replace(lines[k][:at], "/box/", "", 1))
		}
	}
	return strings.Join(kept, "\n")
}

func verdictCall(run func(string) string, line string) (result string, failure string, failed bool) {
	defer func() {
		if p := recover(); p != nil {
			result, failure, failed = "", fmt.Sprintf("panic: %v\n%s", p, verdictStack()), true
		}
	}()
	return run(line), "", false
}

func verdictCPUMicros() (int64, int64) {
	var usage syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &usage)
	cpu := usage.Utime.Sec*1000000 + int64(usage.Utime.Usec) + usage.Stime.Sec*1000000 + int64(usage.Stime.Usec)
	return cpu, usage.Maxrss
}

func verdictLoop(run func(string) string) {
	// a line on stdin asks how much CPU the running test has used; the end of stdin means stop
	go func() {
		buffer := make([]byte, 1<<16)
		for {
			n, err := os.Stdin.Read(buffer)
			if n <= 0 && err != nil {
				break
			}
			for _, b := range buffer[:n] {
				if b != '\n' {
					continue
				}
				index, used := atomic.LoadInt64(&verdictCurrent), int64(0)
				if index >= 0 {
					now, _ := verdictCPUMicros()
					used = now - atomic.LoadInt64(&verdictStarted)
				}
				verdictEmit("P " + strconv.FormatInt(index, 10) + " " + strconv.FormatInt(used, 10))
			}
		}
		os.Exit(0)
	}()
	for index, line := range verdictTests {
		verdictEmit("S " + strconv.Itoa(index))
		verdictParsing = true
		cpu, _ := verdictCPUMicros()
		wall := time.Now()
		atomic.StoreInt64(&verdictStarted, cpu)
		atomic.StoreInt64(&verdictCurrent, int64(index))
		result, failure, failed := verdictCall(run, line)
		if failed && verdictParsing {
			verdictEmit("F " + strconv.Itoa(index) + " " + verdictJSON(failure))
			continue
		}
		atomic.StoreInt64(&verdictCurrent, -1)
		cpuAfter, memoryKb := verdictCPUMicros()
		kind := "E "
		if failed {
			kind, result = "X ", verdictJSON(failure)
		}
		verdictEmit(kind + strconv.Itoa(index) + " " + strconv.FormatInt(cpuAfter-cpu, 10) + " " +
			strconv.FormatInt(time.Since(wall).Microseconds(), 10) + " " + strconv.FormatInt(memoryKb, 10) + " " + result)
	}
	verdictEmit("D")
}
