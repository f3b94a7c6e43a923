const data = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const [n, budget] = data;
const prices = Float64Array.from(data.slice(2, 2 + n)).sort();
let pairs = 0;
for (let i = 0, j = n - 1; i < j; ) {
  if (prices[i] + prices[j] <= budget) {
    pairs += j - i;
    i++;
  } else {
    j--;
  }
}
console.log(String(pairs));
