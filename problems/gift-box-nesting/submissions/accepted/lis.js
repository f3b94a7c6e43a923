/**
 * @param {number[][]} boxes
 * @return {number}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function longestNesting(boxes) {
  const norm = boxes.map(([a, b]) => [Math.min(a, b), Math.max(a, b)]);
  norm.sort((x, y) => (x[0] !== y[0] ? x[0] - y[0] : y[1] - x[1]));
  const tails = [];
  for (const [, l] of norm) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < l) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = l;
  }
  return tails.length;
}
