"""Insertion sort that walks the sorted part from its head: O(n^2) on increasing input."""


class Solution:
    def sortReturns(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode()
        node = head
        while node:
            following = node.next
            before = dummy
            while before.next and before.next.val <= node.val:
                before = before.next
            node.next, before.next = before.next, node
            node = following
        return dummy.next
