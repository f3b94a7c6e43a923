/**
 * @param {number[]} changes
 * @return {number}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function smallestFloat(changes) {
  // |sums| stay below 2^53, exact in a double
  let till = 0;
  let lowest = 0;
  for (const change of changes) {
    till += change;
    if (till < lowest) lowest = till;
  }
  return -lowest;
}
