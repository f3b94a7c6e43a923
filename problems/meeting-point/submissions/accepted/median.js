/**
 * @param {number[]} homes
 * @return {bigint}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function minTotalWalk(homes) {
  const s = Float64Array.from(homes).sort();
  const p = s[(s.length - 1) >> 1];
  // totals stay below 2^53, so plain numbers are exact
  let total = 0;
  for (const h of s) total += Math.abs(h - p);
  return BigInt(total);
}
