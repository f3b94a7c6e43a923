// Crashes: reads head.next of an empty list (a TypeError on the first empty test).
var reverseList = function (head) {
    let reversed = null;
    do {
        const next = head.next;
        head.next = reversed;
        reversed = head;
        head = next;
    } while (head !== null);
    return reversed;
};
