// Walks the sorted creaky steps with a pointer instead of a flag table.
const data = require('node:fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const [n, m] = data;
const MOD = 1000000007;
let next = 0;
let a = 0;
let b = 0;
let c = 1;
for (let i = 1; i <= n; i++) {
  let w = 0;
  if (next < m && data[2 + next] === i) next++;
  else w = (a + b + c) % MOD;
  a = b;
  b = c;
  c = w;
}
console.log(String(c));
