/**
 * @param {string[]} forest
 * @return {number}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function largestClearing(forest) {
  const cols = forest[0].length;
  const heights = new Int32Array(cols + 1);
  const stack = new Int32Array(cols + 1);
  let best = 0;
  for (const row of forest) {
    for (let j = 0; j < cols; j++) heights[j] = row[j] === '.' ? heights[j] + 1 : 0;
    let size = 0;
    for (let j = 0; j <= cols; j++) {
      while (size > 0 && heights[stack[size - 1]] >= heights[j]) {
        const top = heights[stack[--size]];
        const width = size > 0 ? j - stack[size - 1] - 1 : j;
        best = Math.max(best, top * width);
      }
      stack[size++] = j;
    }
  }
  return best;
}
