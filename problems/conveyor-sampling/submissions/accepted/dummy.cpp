class Solution {
public:
    ListNode* sampleBelt(ListNode* head, int k) {
        ListNode dummy(0, head);
        ListNode* last = &dummy;
        int count = 0;
        for (ListNode* node = head; node; node = node->next) {
            if (++count == k) {
                count = 0;
                last->next = node->next;
            } else {
                last = node;
            }
        }
        return dummy.next;
    }
};
