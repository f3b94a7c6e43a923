/**
 * @param {string} banner
 * @return {boolean}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function isOneTypoPalindrome(banner) {
  const mirrored = (i, j) => {
    for (; i < j; i++, j--) if (banner[i] !== banner[j]) return false;
    return true;
  };
  let i = 0;
  let j = banner.length - 1;
  while (i < j && banner[i] === banner[j]) {
    i++;
    j--;
  }
  return i >= j || mirrored(i + 1, j) || mirrored(i, j - 1);
}
