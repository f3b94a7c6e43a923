/**
 * @param {number[][]} grid
 * @param {number} radius
 * @return {number[][]}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function neighbourhoodSums(grid, radius) {
  const rows = grid.length;
  const cols = grid[0].length;
  const s = Array.from({ length: rows + 1 }, () => new Int32Array(cols + 1));
  for (let x = 0; x < rows; x++)
    for (let y = 0; y < cols; y++) s[x + 1][y + 1] = grid[x][y] + s[x][y + 1] + s[x + 1][y] - s[x][y];
  return grid.map((line, i) => {
    const top = s[Math.max(0, i - radius)];
    const bottom = s[Math.min(rows - 1, i + radius) + 1];
    return line.map((_, j) => {
      const c = Math.max(0, j - radius);
      const d = Math.min(cols - 1, j + radius) + 1;
      return bottom[d] - top[d] - bottom[c] + top[c];
    });
  });
}
