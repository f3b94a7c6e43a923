const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
// tokens holds the input's whitespace-separated tokens, e.g. const n = Number(tokens[0]);

// Write the answer with console.log(...).
