"""Removes the sampled boxes one by one, walking from the head each time: O(n^2 / k)."""


class Solution:
    def sampleBelt(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        length = 0
        node = head
        while node:
            length += 1
            node = node.next
        dummy = ListNode(0, head)
        removed = 0
        for position in range(k, length + 1, k):
            index = position - removed  # 1-based index in the current list
            before = dummy
            for _ in range(index - 1):
                before = before.next
            before.next = before.next.next
            removed += 1
        return dummy.next
