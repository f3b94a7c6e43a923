/**
 * @param {string} street
 * @param {string} recipe
 * @return {string}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function shortestWalk(street, recipe) {
  const need = new Int32Array(128);
  for (let i = 0; i < recipe.length; i++) need[recipe.charCodeAt(i)]++;
  let missing = recipe.length;
  let left = 0;
  let bestStart = 0;
  let bestLength = Number.POSITIVE_INFINITY;
  for (let right = 0; right < street.length; right++) {
    if (need[street.charCodeAt(right)]-- > 0) missing--;
    if (missing > 0) continue;
    while (need[street.charCodeAt(left)] < 0) need[street.charCodeAt(left++)]++;
    if (right - left + 1 < bestLength) {
      bestStart = left;
      bestLength = right - left + 1;
    }
  }
  return bestLength === Number.POSITIVE_INFINITY ? '' : street.slice(bestStart, bestStart + bestLength);
}
