"""Stops when either lane is empty and forgets the cars still waiting in the other one."""


class Solution:
    def zipperMerge(self, left: Optional[ListNode], right: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        while left and right:
            tail.next, left = left, left.next
            tail = tail.next
            tail.next, right = right, right.next
            tail = tail.next
        tail.next = None
        return dummy.next
