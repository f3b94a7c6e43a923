// Bottom-up merge sort: O(n log n) time, O(1) extra memory.
class Solution {
    // Cuts `count` nodes off the front of `node`; returns what follows them.
    ListNode* cut(ListNode* node, int count) {
        while (node && --count > 0) node = node->next;
        if (!node) return nullptr;
        ListNode* rest = node->next;
        node->next = nullptr;
        return rest;
    }

    // Merges two sorted lists after `tail`; returns the last node of the merged part.
    ListNode* merge(ListNode* a, ListNode* b, ListNode* tail) {
        while (a && b) {
            if (a->val <= b->val) { tail->next = a; a = a->next; }
            else { tail->next = b; b = b->next; }
            tail = tail->next;
        }
        tail->next = a ? a : b;
        while (tail->next) tail = tail->next;
        return tail;
    }

public:
    ListNode* sortReturns(ListNode* head) {
        int length = 0;
        for (ListNode* node = head; node; node = node->next) length++;
        ListNode dummy(0, head);
        for (int width = 1; width < length; width *= 2) {
            ListNode* tail = &dummy;
            ListNode* rest = dummy.next;
            while (rest) {
                ListNode* left = rest;
                ListNode* right = cut(left, width);
                rest = cut(right, width);
                tail = merge(left, right, tail);
            }
        }
        return dummy.next;
    }
};
