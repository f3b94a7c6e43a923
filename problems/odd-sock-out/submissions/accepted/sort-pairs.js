/**
 * @param {number[]} socks
 * @return {number}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function loneSock(socks) {
  const sorted = [...socks].sort((a, b) => a - b);
  for (let i = 0; i + 1 < sorted.length; i += 2) {
    if (sorted[i] !== sorted[i + 1]) return sorted[i];
  }
  return sorted[sorted.length - 1];
}
