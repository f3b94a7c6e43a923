import { readFileSync } from 'fs';

interface Greeting {
  name: string;
  a: number;
  b: number;
}

const lines: string[] = readFileSync(0, 'utf8').split('\n');
const [a, b] = lines[0]!.trim().split(/\s+/).map(Number);
const greeting: Greeting = { name: lines[1]!.trim(), a: a!, b: b! };
console.log(`Hello, ${greeting.name}! ${greeting.a} + ${greeting.b} = ${greeting.a + greeting.b}`);
