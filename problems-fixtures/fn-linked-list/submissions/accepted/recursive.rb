# @param {ListNode} head
# @return {ListNode}
def reverse_list(head)
  return head if head.nil? || head.next.nil?

  rest = reverse_list(head.next)
  head.next.next = head
  head.next = nil
  rest
end
