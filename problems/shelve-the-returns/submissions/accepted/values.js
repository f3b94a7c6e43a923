/**
 * Sorts the values in an array and writes them back into the nodes: O(n log n), O(n) memory.
 * @param {ListNode | null} head
 * @return {ListNode | null}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function sortReturns(head) {
  const values = [];
  for (let node = head; node !== null; node = node.next) values.push(node.val);
  values.sort((a, b) => a - b);
  let i = 0;
  for (let node = head; node !== null; node = node.next) node.val = values[i++];
  return head;
}
