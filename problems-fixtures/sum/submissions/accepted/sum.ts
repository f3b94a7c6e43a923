import { readFileSync } from 'node:fs';

const [a, b]: bigint[] = readFileSync(0, 'utf8').trim().split(/\s+/).map((token: string) => BigInt(token));
console.log((a + b).toString());
