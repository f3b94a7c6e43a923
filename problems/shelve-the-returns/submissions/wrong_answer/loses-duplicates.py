"""Merges with strict comparisons and drops a node when both heads are equal."""


class Solution:
    def sortReturns(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None or head.next is None:
            return head
        slow, fast = head, head.next
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        second, slow.next = slow.next, None
        a, b = self.sortReturns(head), self.sortReturns(second)
        dummy = tail = ListNode()
        while a and b:
            if a.val < b.val:
                tail.next, a = a, a.next
            elif b.val < a.val:
                tail.next, b = b, b.next
            else:
                tail.next, a, b = a, a.next, b.next
            tail = tail.next
        tail.next = a or b
        return dummy.next
