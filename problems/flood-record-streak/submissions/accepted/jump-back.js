/**
 * Walks back by whole streaks: the day before a day's streak is the next candidate, so each step
 * skips a block of days that are all lower. Amortised O(n), like the stack.
 * @param {number[]} levels
 * @return {number[]}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function recordStreaks(levels) {
  const streaks = new Array(levels.length);
  for (let i = 0; i < levels.length; i++) {
    let j = i - 1;
    while (j >= 0 && levels[j] <= levels[i]) j -= streaks[j];
    streaks[i] = i - j;
  }
  return streaks;
}
