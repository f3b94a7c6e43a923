/**
 * @param {number[]} preorder
 * @return {TreeNode | null}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function rebuildIndex(preorder) {
  let at = 0;
  const build = (low, high) => {
    if (at === preorder.length || preorder[at] <= low || preorder[at] >= high) return null;
    const node = new TreeNode(preorder[at++]);
    node.left = build(low, node.val);
    node.right = build(node.val, high);
    return node;
  };
  return build(-Infinity, Infinity);
}
