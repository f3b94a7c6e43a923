// Binary search with Node's event-driven input: one guess per line read.
const readline = require('node:readline');

const lines = readline.createInterface({ input: process.stdin });
let lo = 0;
let hi = 0;
let mid = 0;
lines.on('line', (line) => {
  const text = line.trim();
  if (hi === 0) {
    lo = 1;
    hi = Number(text);
  } else if (text === '=') {
    lines.close();
    return;
  } else if (text === '<') {
    hi = mid - 1;
  } else {
    lo = mid + 1;
  }
  mid = Math.floor((lo + hi) / 2);
  process.stdout.write(`${mid}\n`);
});
