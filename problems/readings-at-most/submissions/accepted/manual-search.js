/**
 * @param {number[]} readings
 * @param {number[]} thresholds
 * @return {number[]}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function countAtMost(readings, thresholds) {
  const s = Int32Array.from(readings).sort();
  return thresholds.map((t) => {
    // first index whose value is greater than t
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  });
}
