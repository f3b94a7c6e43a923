// BigInt: a Number (a double) loses digits beyond 2^53
const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(BigInt);
console.log((a + b).toString());
