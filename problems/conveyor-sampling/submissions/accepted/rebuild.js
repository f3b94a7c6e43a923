/**
 * Relinks the kept boxes onto a fresh tail.
 * @param {ListNode | null} head
 * @param {number} k
 * @return {ListNode | null}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function sampleBelt(head, k) {
  const dummy = new ListNode(0, null);
  let tail = dummy;
  let position = 0;
  for (let node = head; node !== null; node = node.next) {
    position++;
    if (position % k !== 0) {
      tail.next = node;
      tail = node;
    }
  }
  tail.next = null;
  return dummy.next;
}
