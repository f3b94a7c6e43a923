"""Starts counting at 0, so it takes boxes 1, k+1, 2k+1, ... instead of k, 2k, ..."""


class Solution:
    def sampleBelt(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = last = ListNode(0, head)
        count = 0
        node = head
        while node:
            if count % k == 0:
                last.next = node.next
            else:
                last = node
            count += 1
            node = node.next
        return dummy.next
