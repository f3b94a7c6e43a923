/**
 * Union-find over side-neighbouring water cells, with sizes kept at the roots.
 * @param {number[][]} grid
 * @return {number}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function largestLake(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const link = Int32Array.from({ length: rows * cols }, (_, i) => i);
  const size = new Int32Array(rows * cols).fill(1);
  const find = (v) => {
    while (link[v] !== v) {
      link[v] = link[link[v]];
      v = link[v];
    }
    return v;
  };
  const join = (a, b) => {
    a = find(a);
    b = find(b);
    if (a === b) return;
    if (size[a] < size[b]) [a, b] = [b, a];
    link[b] = a;
    size[a] += size[b];
  };
  let best = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== 1) continue;
      if (r > 0 && grid[r - 1][c] === 1) join(r * cols + c, (r - 1) * cols + c);
      if (c > 0 && grid[r][c - 1] === 1) join(r * cols + c, r * cols + c - 1);
    }
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] === 1) best = Math.max(best, size[find(r * cols + c)]);
    }
  }
  return best;
}
