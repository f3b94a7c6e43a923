impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let (mut head, mut reversed) = (head, None);
        while let Some(mut node) = head {
            head = node.next.take();
            node.next = reversed;
            reversed = Some(node);
        }
        reversed
    }
}
