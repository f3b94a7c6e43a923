/**
 * Divide and conquer: merges the logs in pairs, round after round.
 * @param {Array<ListNode | null>} logs
 * @return {ListNode | null}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function mergeLogs(logs) {
  const mergeTwo = (a, b) => {
    const dummy = new ListNode(0, null);
    let tail = dummy;
    while (a !== null && b !== null) {
      if (a.val <= b.val) {
        tail.next = a;
        a = a.next;
      } else {
        tail.next = b;
        b = b.next;
      }
      tail = tail.next;
    }
    tail.next = a !== null ? a : b;
    return dummy.next;
  };
  if (logs.length === 0) return null;
  let round = logs;
  while (round.length > 1) {
    const next = [];
    for (let i = 0; i < round.length; i += 2)
      next.push(i + 1 < round.length ? mergeTwo(round[i], round[i + 1]) : round[i]);
    round = next;
  }
  return round[0];
}
