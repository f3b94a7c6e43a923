/**
 * Dijkstra on (town, vouchers used) with a binary heap of [distance, state] pairs.
 * @param {number} n
 * @param {number[][]} roads
 * @param {number} vouchers
 * @return {number}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function cheapestTrip(n, roads, vouchers) {
  const adj = Array.from({ length: n }, () => []);
  for (const [u, v, w] of roads) {
    adj[u].push([v, w]);
    adj[v].push([u, w]);
  }
  const layers = vouchers + 1;
  const dist = new Float64Array(n * layers).fill(Infinity);
  const heap = [];
  const push = (d, s) => {
    heap.push([d, s]);
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
        let m = i;
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
        if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  dist[0] = 0;
  push(0, 0);
  while (heap.length > 0) {
    const [d, state] = pop();
    if (d > dist[state]) continue;
    const town = Math.floor(state / layers);
    const used = state % layers;
    for (const [v, w] of adj[town]) {
      const paid = v * layers + used;
      if (d + w < dist[paid]) push((dist[paid] = d + w), paid);
      if (used < vouchers && d < dist[paid + 1]) push((dist[paid + 1] = d), paid + 1);
    }
  }
  // totals stay below 2^53, so doubles hold them exactly
  let best = Infinity;
  for (let j = 0; j < layers; j++) best = Math.min(best, dist[(n - 1) * layers + j]);
  return best === Infinity ? -1 : best;
}
