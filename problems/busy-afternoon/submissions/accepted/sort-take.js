/**
 * @param {number[]} durations
 * @param {bigint} freeMinutes
 * @return {number}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function maxErrands(durations, freeMinutes) {
  const sorted = Float64Array.from(durations).sort();
  // a long arrives as a BigInt; every total here stays below 2^53
  let left = Number(freeMinutes);
  let count = 0;
  for (const d of sorted) {
    if (d > left) break;
    left -= d;
    count++;
  }
  return count;
}
