class Solution {
    public ListNode sampleBelt(ListNode head, int k) {
        ListNode dummy = new ListNode(0, head);
        ListNode last = dummy;
        int count = 0;
        for (ListNode node = head; node != null; node = node.next) {
            count++;
            if (count % k == 0) last.next = node.next;
            else last = node;
        }
        return dummy.next;
    }
}
