func zipperMerge(left *ListNode, right *ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for left != nil && right != nil {
		tail.Next = left
		left = left.Next
		tail = tail.Next
		tail.Next = right
		right = right.Next
		tail = tail.Next
	}
	if left != nil {
		tail.Next = left
	} else {
		tail.Next = right
	}
	return dummy.Next
}
