function reverseList(head: ListNode | null): ListNode | null {
    let reversed: ListNode | null = null;
    while (head !== null) {
        const next: ListNode | null = head.next;
        head.next = reversed;
        reversed = head;
        head = next;
    }
    return reversed;
};
