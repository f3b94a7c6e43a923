// A different method: build a DFS tree (iteratively), then mark every tree edge covered by the
// cycle of each non-tree edge, using difference counts summed bottom-up. A tree edge covered by
// no cycle is critical. O(n + m).
const data = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const n = data[0];
const m = data[1];
const adj = Array.from({ length: n + 1 }, () => []);
for (let i = 0; i < m; i++) {
  const u = data[2 + 2 * i];
  const v = data[3 + 2 * i];
  adj[u].push(v, i);
  adj[v].push(u, i);
}
const depth = new Int32Array(n + 1).fill(-1);
const parentEdge = new Int32Array(n + 1).fill(-1);
const parent = new Int32Array(n + 1);
const cover = new Int32Array(n + 1); // cycles passing the edge from v up to its parent
const order = [];
for (let start = 1; start <= n; start++) {
  if (depth[start] >= 0) continue;
  depth[start] = 0;
  const stack = [start];
  const position = new Map();
  while (stack.length > 0) {
    const v = stack[stack.length - 1];
    const at = position.get(v) ?? 0;
    if (at === 0) order.push(v);
    if (at >= adj[v].length) {
      stack.pop();
      continue;
    }
    const w = adj[v][at];
    const i = adj[v][at + 1];
    position.set(v, at + 2);
    if (i === parentEdge[v]) continue;
    if (depth[w] < 0) {
      depth[w] = depth[v] + 1;
      parent[w] = v;
      parentEdge[w] = i;
      stack.push(w);
    } else if (depth[w] < depth[v]) {
      // a back edge from v up to its ancestor w covers the tree path between them
      cover[v]++;
      cover[w]--;
    }
  }
}
const found = [];
for (let k = order.length - 1; k >= 0; k--) {
  const v = order[k];
  if (parentEdge[v] < 0) continue;
  if (cover[v] === 0) found.push(parentEdge[v] + 1);
  cover[parent[v]] += cover[v];
}
found.sort((a, b) => a - b);
console.log(found.length > 0 ? `${found.length}\n${found.join(' ')}` : '0');
