// Wrong under space_change_sensitive: a space at the end of every line (before the newline).
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const t = Number(lines[0]);
let out = '';
for (let i = 1; i <= t; i++) out += `${lines[i].split(' ').reverse().join(' ')} \n`;
process.stdout.write(out);
