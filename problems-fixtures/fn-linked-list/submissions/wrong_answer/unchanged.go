// Wrong: returns the list as it came (passes the empty, one-node and palindrome tests only).
func reverseList(head *ListNode) *ListNode {
	return head
}
