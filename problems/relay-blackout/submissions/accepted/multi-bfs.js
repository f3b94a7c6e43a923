/**
 * @param {number[][]} grid
 * @return {number[]}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function restoreSignal(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const dist = new Int32Array(rows * cols).fill(-1);
  const queue = new Int32Array(rows * cols);
  let tail = 0;
  let relays = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] === 2) {
        dist[r * cols + c] = 0;
        queue[tail++] = r * cols + c;
      } else if (grid[r][c] === 1) relays++;
    }
  }
  let minutes = 0;
  let reached = 0;
  for (let head = 0; head < tail; head++) {
    const cell = queue[head];
    const y = Math.floor(cell / cols);
    const x = cell % cols;
    for (const [ny, nx] of [
      [y + 1, x],
      [y - 1, x],
      [y, x + 1],
      [y, x - 1],
    ]) {
      if (ny < 0 || ny >= rows || nx < 0 || nx >= cols || grid[ny][nx] !== 1) continue;
      const next = ny * cols + nx;
      if (dist[next] >= 0) continue;
      dist[next] = dist[cell] + 1;
      minutes = dist[next];
      reached++;
      queue[tail++] = next;
    }
  }
  return [minutes, relays - reached];
}
