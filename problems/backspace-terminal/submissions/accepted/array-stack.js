/**
 * @param {string} keys
 * @return {string}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function typedText(keys) {
  const stack = [];
  for (const key of keys) {
    if (key === '<') {
      stack.pop();
    } else if (key === '!') {
      while (stack.length > 0 && stack[stack.length - 1] === ' ') stack.pop();
      while (stack.length > 0 && stack[stack.length - 1] !== ' ') stack.pop();
    } else {
      stack.push(key);
    }
  }
  return stack.join('');
}
