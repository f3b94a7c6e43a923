"""Merges the logs in pairs but forgets the unpaired last log when a round has an odd count."""


class Solution:
    def mergeLogs(self, logs: List[Optional[ListNode]]) -> Optional[ListNode]:
        def merge_two(a, b):
            dummy = tail = ListNode()
            while a and b:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a or b
            return dummy.next

        if not logs:
            return None
        while len(logs) > 1:
            logs = [merge_two(logs[i], logs[i + 1]) for i in range(0, len(logs) - 1, 2)]
        return logs[0]
