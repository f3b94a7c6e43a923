const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [a, b] = lines[0].trim().split(/\s+/).map(Number);
const name = lines[1].trim();
console.log(`Hello, ${name}! ${a} + ${b} = ${a + b}`);
