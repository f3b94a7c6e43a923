/**
 * @param {number[][]} strokes
 * @return {bigint}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function paintedLength(strokes) {
  const sorted = [...strokes].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = sorted[0];
  for (const [l, r] of sorted) {
    if (l > end) {
      total += end - start;
      start = l;
      end = r;
    } else if (r > end) {
      end = r;
    }
  }
  return BigInt(total + end - start);
}
