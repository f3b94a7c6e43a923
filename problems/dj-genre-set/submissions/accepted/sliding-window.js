/**
 * @param {string} genres
 * @param {number} limit
 * @return {number}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function longestSet(genres, limit) {
  const counts = new Int32Array(26);
  let present = 0;
  let left = 0;
  let best = 0;
  for (let right = 0; right < genres.length; right++) {
    if (counts[genres.charCodeAt(right) - 97]++ === 0) present++;
    while (present > limit) {
      if (--counts[genres.charCodeAt(left) - 97] === 0) present--;
      left++;
    }
    best = Math.max(best, right - left + 1);
  }
  return best;
}
