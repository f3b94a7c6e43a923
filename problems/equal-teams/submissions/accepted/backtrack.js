/**
 * @param {number[]} times
 * @param {number} teams
 * @return {boolean}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function canFormTeams(times, teams) {
  const n = times.length;
  const total = times.reduce((a, b) => a + b, 0);
  if (n % teams !== 0 || total % teams !== 0) return false;
  const size = n / teams;
  const target = total / teams;
  const order = [...times].sort((a, b) => b - a);
  if (order[0] > target) return false;
  const used = new Array(n).fill(false);
  const fill = (done, count, current, start) => {
    if (count === size) {
      if (current !== target) return false;
      return done + 1 === teams || fill(done + 1, 0, 0, 0);
    }
    let tried = -1;
    for (let i = start; i < n; i++) {
      const t = order[i];
      if (used[i] || t === tried || current + t > target) continue;
      used[i] = true;
      const ok = fill(done, count + 1, current + t, i + 1);
      used[i] = false;
      if (ok) return true;
      tried = t;
      if (count === 0) return false; // the first free runner must open the team
    }
    return false;
  };
  return fill(0, 0, 0, 0);
}
