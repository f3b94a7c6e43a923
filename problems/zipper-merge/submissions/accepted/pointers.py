class Solution:
    def zipperMerge(self, left: Optional[ListNode], right: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        while left and right:
            tail.next, left = left, left.next
            tail = tail.next
            tail.next, right = right, right.next
            tail = tail.next
        tail.next = left or right
        return dummy.next
