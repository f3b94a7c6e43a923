# Too slow: on the two-node test it links the nodes into a cycle and walks it forever.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head and head.next and head.next.next is None:
            head.next.next = head
            while head:
                head = head.next
        values = []
        while head:
            values.append(head.val)
            head = head.next
        result = None
        for value in values:
            result = ListNode(value, result)
        return result
