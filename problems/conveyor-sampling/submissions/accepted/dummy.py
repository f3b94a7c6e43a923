class Solution:
    def sampleBelt(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = last = ListNode(0, head)
        count = 0
        node = head
        while node:
            count += 1
            if count % k == 0:
                last.next = node.next
            else:
                last = node
            node = node.next
        return dummy.next
