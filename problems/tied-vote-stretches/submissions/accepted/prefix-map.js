/**
 * @param {string} votes
 * @return {number}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function countTiedStretches(votes) {
  const seen = new Map([[0, 1]]);
  let prefix = 0;
  let tied = 0;
  for (const vote of votes) {
    if (vote === 'y') prefix++;
    else if (vote === 'n') prefix--;
    const before = seen.get(prefix) ?? 0;
    tied += before;
    seen.set(prefix, before + 1);
  }
  return tied;
}
