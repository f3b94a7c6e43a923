import { readFileSync } from 'fs';

const tokens: string[] = readFileSync(0, 'utf8').split(/\s+/).filter((token) => token.length > 0);
// tokens holds the input's whitespace-separated tokens, e.g. const n = Number(tokens[0]);

// Write the answer with console.log(...).
