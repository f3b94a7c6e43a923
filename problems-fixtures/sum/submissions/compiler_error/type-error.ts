// Does not compile: tsc reports a type error (a string assigned to a number).
import { readFileSync } from 'node:fs';

const [a, b] = readFileSync(0, 'utf8').trim().split(/\s+/);
const sum: number = a + b;
console.log(sum);
