/**
 * @param {bigint} n
 * @param {bigint} a
 * @param {bigint} b
 * @return {bigint}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function paintedHouses(n, a, b) {
  let x = a;
  let y = b;
  while (y > 0n) [x, y] = [y, x % y];
  const lcm = (a / x) * b;
  return n / a + n / b - n / lcm;
}
