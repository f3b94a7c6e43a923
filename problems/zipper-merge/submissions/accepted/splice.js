/**
 * Splices each right node in after the current left node.
 * @param {ListNode | null} left
 * @param {ListNode | null} right
 * @return {ListNode | null}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function zipperMerge(left, right) {
  if (left === null) return right;
  let a = left;
  let b = right;
  while (a !== null && b !== null) {
    const afterA = a.next;
    const afterB = b.next;
    a.next = b;
    if (afterA === null) break; // b keeps its tail: the rest of the right lane
    b.next = afterA;
    a = afterA;
    b = afterB;
  }
  return left;
}
