/** A line-level view of where a sample's output first differs from the answer. */
export interface SampleDiff {
  /** 1-based line of the first difference. */
  line: number;
  /** Up to CONTEXT_LINES lines of the answer from shortly before that line. */
  expected: string[];
  got: string[];
  /** The line numbers `expected[0]` and `got[0]` stand for. */
  fromLine: number;
}

const CONTEXT_LINES = 5;
const LINES_BEFORE = 2;
const MAX_LINE_CHARS = 200;

function lines(text: string): string[] {
  const all = text.replace(/\r\n/g, '\n').split('\n');
  if (all.at(-1) === '') all.pop();
  return all.map((line) => line.trimEnd());
}

function clip(line: string): string {
  return line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line;
}

/**
 * The first differing line (trailing spaces ignored) with a little context, or null when the
 * lines match. For showing a sample's failure to the user; the verdict itself comes from the
 * output validator.
 */
export function sampleDiff(expected: string, got: string): SampleDiff | null {
  const want = lines(expected);
  const have = lines(got);
  const length = Math.max(want.length, have.length);
  for (let i = 0; i < length; i++) {
    if (want[i] === have[i]) continue;
    const from = Math.max(0, i - LINES_BEFORE);
    return {
      line: i + 1,
      fromLine: from + 1,
      expected: want.slice(from, from + CONTEXT_LINES).map(clip),
      got: have.slice(from, from + CONTEXT_LINES).map(clip),
    };
  }
  return null;
}
