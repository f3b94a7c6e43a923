/**
 * @param {number[]} readings
 * @param {number} days
 * @return {number}
 */
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
function warmestAverage(readings, days) {
  // sums stay below 2^53, exact in a double
  let window = 0;
  for (let i = 0; i < days; i++) window += readings[i];
  let best = window;
  for (let i = days; i < readings.length; i++) {
    window += readings[i] - readings[i - days];
    if (window > best) best = window;
  }
  return best / days;
}
