/** One line of the output next to the expected one. */
export interface DiffLine {
  number: number;
  actual: string | null;
  expected: string | null;
  same: boolean;
}

const lines = (text: string): string[] => {
  const all = text.replace(/\r\n/g, '\n').split('\n');
  while (all.length > 0 && all.at(-1)?.trim() === '') all.pop();
  return all;
};

/**
 * Line by line, the way the default checker compares: trailing spaces and trailing blank lines
 * do not count, so a difference shown here is one the judge would see.
 */
export function diffLines(actual: string, expected: string): { lines: DiffLine[]; same: boolean } {
  const a = lines(actual);
  const e = lines(expected);
  const result: DiffLine[] = [];
  for (let index = 0; index < Math.max(a.length, e.length); index++) {
    const left = a[index] ?? null;
    const right = e[index] ?? null;
    const same = left !== null && right !== null && left.trimEnd() === right.trimEnd();
    result.push({ number: index + 1, actual: left, expected: right, same });
  }
  return { lines: result, same: result.every((line) => line.same) };
}
