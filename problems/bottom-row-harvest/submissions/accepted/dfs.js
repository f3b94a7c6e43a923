/**
 * Depth-first with an explicit stack, keeping the greatest depth and the sum found there.
 * @param {TreeNode | null} root
 * @return {number}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function bottomRowSum(root) {
  if (root === null) return 0;
  let deepest = -1;
  let total = 0;
  const stack = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (depth > deepest) {
      deepest = depth;
      total = 0;
    }
    if (depth === deepest) total += node.val;
    if (node.left) stack.push([node.left, depth + 1]);
    if (node.right) stack.push([node.right, depth + 1]);
  }
  return total;
}
