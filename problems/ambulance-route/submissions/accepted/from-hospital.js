// Dijkstra from the hospital instead: then following the links from junction 1 gives the route
// in driving order, with no reversal. A different fastest route than the judge's is still right.
const data = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const n = data[0];
const m = data[1];
const adj = Array.from({ length: n + 1 }, () => []);
for (let i = 0; i < m; i++) {
  const u = data[2 + 3 * i];
  const v = data[3 + 3 * i];
  const w = data[4 + 3 * i];
  adj[u].push(v, w);
  adj[v].push(u, w);
}
const dist = new Float64Array(n + 1).fill(Infinity);
const next = new Int32Array(n + 1);
const heap = [];
const push = (d, v) => {
  heap.push([d, v]);
  let i = heap.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (heap[p][0] <= heap[i][0]) break;
    [heap[p], heap[i]] = [heap[i], heap[p]];
    i = p;
  }
};
const pop = () => {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let s = i;
      if (l < heap.length && heap[l][0] < heap[s][0]) s = l;
      if (r < heap.length && heap[r][0] < heap[s][0]) s = r;
      if (s === i) break;
      [heap[s], heap[i]] = [heap[i], heap[s]];
      i = s;
    }
  }
  return top;
};
dist[n] = 0;
push(0, n);
while (heap.length > 0) {
  const [d, u] = pop();
  if (d > dist[u]) continue;
  const edges = adj[u];
  for (let i = 0; i < edges.length; i += 2) {
    const v = edges[i];
    const nd = d + edges[i + 1];
    if (nd < dist[v]) {
      dist[v] = nd;
      next[v] = u;
      push(nd, v);
    }
  }
}
if (dist[1] === Infinity) {
  console.log('-1');
} else {
  const route = [1];
  while (route[route.length - 1] !== n) route.push(next[route[route.length - 1]]);
  // times stay below 2^53, so doubles are exact
  console.log(`${dist[1]}\n${route.length}\n${route.join(' ')}`);
}
