/**
 * Breadth-first, each queue entry carrying the highest altitude above it.
 * @param {TreeNode | null} root
 * @return {number}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function countLookouts(root) {
  if (root === null) return 0;
  const nodes = [root];
  const bests = [-Infinity];
  let count = 0;
  for (let head = 0; head < nodes.length; head++) {
    const node = nodes[head];
    const best = bests[head];
    if (node.val > best) count++;
    const next = Math.max(best, node.val);
    for (const child of [node.left, node.right]) {
      if (child !== null) {
        nodes.push(child);
        bests.push(next);
      }
    }
  }
  return count;
}
