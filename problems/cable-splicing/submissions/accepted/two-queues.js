// Sort once; spliced pieces come out in non-decreasing order, so a second queue replaces the heap.
// Totals stay below 2^53, so plain numbers are exact.
const data = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const n = data[0];
const pieces = data.slice(1, 1 + n).sort((a, b) => a - b);
const spliced = [];
let i = 0;
let j = 0;
let total = 0;
const takeShortest = () => {
  if (j >= spliced.length || (i < pieces.length && pieces[i] <= spliced[j])) return pieces[i++];
  return spliced[j++];
};
for (let step = 1; step < n; step++) {
  const merged = takeShortest() + takeShortest();
  total += merged;
  spliced.push(merged);
}
console.log(String(total));
