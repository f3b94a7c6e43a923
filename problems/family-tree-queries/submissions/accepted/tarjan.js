/**
 * Tarjan's offline algorithm: a depth-first walk with union-find; when the walk finishes a
 * node, the node joins its parent's set, whose representative's ancestor answers the queries.
 * @param {TreeNode | null} root
 * @param {number[][]} queries
 * @return {number[]}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function closestAncestors(root, queries) {
  const index = new Map();
  const nodes = [];
  const order = [root];
  while (order.length > 0) {
    const node = order.pop();
    index.set(node.val, nodes.length);
    nodes.push(node);
    if (node.left) order.push(node.left);
    if (node.right) order.push(node.right);
  }
  const n = nodes.length;
  const asked = Array.from({ length: n }, () => []);
  queries.forEach(([p, q], i) => {
    asked[index.get(p)].push([index.get(q), i]);
    asked[index.get(q)].push([index.get(p), i]);
  });
  const link = Int32Array.from({ length: n }, (_, i) => i);
  const ancestor = Int32Array.from({ length: n }, (_, i) => i);
  const visited = new Uint8Array(n);
  const find = (v) => {
    let r = v;
    while (link[r] !== r) r = link[r];
    while (link[v] !== r) {
      const next = link[v];
      link[v] = r;
      v = next;
    }
    return r;
  };
  const answers = new Array(queries.length);
  // explicit stack of [node, parent, children already pushed]
  const stack = [[0, -1, false]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const v = top[0];
    if (!top[2]) {
      top[2] = true;
      visited[v] = 1;
      for (const child of [nodes[v].left, nodes[v].right]) {
        if (child) stack.push([index.get(child.val), v, false]);
      }
      continue;
    }
    stack.pop();
    visited[v] = 2; // finished: its subtree is one set whose ancestor is v
    for (const [other, i] of asked[v]) {
      if (visited[other] === 2) answers[i] = nodes[ancestor[find(other)]].val;
    }
    const parent = top[1];
    if (parent >= 0) {
      const a = find(v);
      const b = find(parent);
      link[a] = b;
      ancestor[b] = parent;
    }
  }
  return answers;
}
