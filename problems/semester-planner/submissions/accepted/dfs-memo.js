/**
 * Depth-first search over prerequisites with memoised results and three colours to spot cycles;
 * an explicit stack keeps long chains from overflowing the call stack.
 * @param {number} n
 * @param {number[][]} prerequisites
 * @return {number[]}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function planSemesters(n, prerequisites) {
  const before = Array.from({ length: n }, () => []);
  for (const [a, b] of prerequisites) before[b].push(a);
  const semester = new Int32Array(n);
  const state = new Uint8Array(n); // 0 new, 1 on the stack, 2 done
  for (let start = 0; start < n; start++) {
    if (state[start] === 2) continue;
    const stack = [[start, 0]];
    state[start] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const v = top[0];
      if (top[1] < before[v].length) {
        const a = before[v][top[1]++];
        if (state[a] === 1) return [];
        if (state[a] === 0) {
          state[a] = 1;
          stack.push([a, 0]);
        }
        continue;
      }
      let best = 0;
      for (const a of before[v]) best = Math.max(best, semester[a]);
      semester[v] = best + 1;
      state[v] = 2;
      stack.pop();
    }
  }
  return Array.from(semester);
}
