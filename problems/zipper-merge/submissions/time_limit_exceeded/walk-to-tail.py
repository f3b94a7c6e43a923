"""Appends every car by walking to the end of the merged lane: O((n + m)^2)."""


class Solution:
    def zipperMerge(self, left: Optional[ListNode], right: Optional[ListNode]) -> Optional[ListNode]:
        head = None

        def append(node):
            nonlocal head
            node.next = None
            if head is None:
                head = node
                return
            walk = head
            while walk.next:
                walk = walk.next
            walk.next = node

        turn_left = True
        while left or right:
            if (turn_left and left) or not right:
                node, left = left, left.next
            else:
                node, right = right, right.next
            append(node)
            turn_left = not turn_left
        return head
