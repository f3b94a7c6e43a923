// Prints the right answer, then exits with code 1: a non-zero exit is a run-time error.
const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(BigInt);
console.log((a + b).toString());
process.exitCode = 1;
