public class Solution {
    public ListNode ReverseList(ListNode head) {
        ListNode reversed = null;
        for (var node = head; node != null; node = node.next) reversed = new ListNode(node.val, reversed);
        return reversed;
    }
}
