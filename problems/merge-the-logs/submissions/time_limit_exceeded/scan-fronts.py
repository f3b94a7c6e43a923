"""Finds the smallest front by scanning all k logs for every entry: O(N k)."""


class Solution:
    def mergeLogs(self, logs: List[Optional[ListNode]]) -> Optional[ListNode]:
        fronts = list(logs)
        dummy = tail = ListNode()
        while True:
            best = -1
            for i, node in enumerate(fronts):
                if node and (best < 0 or node.val < fronts[best].val):
                    best = i
            if best < 0:
                break
            tail.next = fronts[best]
            tail = tail.next
            fronts[best] = fronts[best].next
        tail.next = None
        return dummy.next
