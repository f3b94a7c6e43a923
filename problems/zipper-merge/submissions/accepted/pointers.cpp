class Solution {
public:
    ListNode* zipperMerge(ListNode* left, ListNode* right) {
        ListNode dummy;
        ListNode* tail = &dummy;
        while (left && right) {
            tail->next = left;
            left = left->next;
            tail = tail->next;
            tail->next = right;
            right = right->next;
            tail = tail->next;
        }
        tail->next = left ? left : right;
        return dummy.next;
    }
};
