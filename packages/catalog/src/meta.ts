import { open } from 'node:fs/promises';
import { allCases, type PackageIssue, type Problem, type TestGroup } from '@verdict/problems';

/** Samples are shown on the problem page; a bigger file is cut here (and marked truncated). */
export const SAMPLE_MAX_BYTES = 64 * 1024;

export interface ProblemSample {
  /** the case name under data/sample, e.g. "1" */
  name: string;
  input: string;
  output: string;
  /** true when the input or the output was longer than SAMPLE_MAX_BYTES and was cut */
  truncated: boolean;
}

/** What `ProblemRecord.meta` holds for an imported problem. */
export interface ProblemMeta {
  /** the statement (Markdown, or LaTeX through pandoc) as sanitised HTML, math as KaTeX HTML + MathML */
  statementHtml: string;
  /** the package's PDF statement (problem.en.pdf beside the statement), served as an asset; null when none */
  statementPdf: string | null;
  /** data/sample cases, in judging order; empty for interactive problems (their .in is the interactor's) */
  samples: ProblemSample[];
  /** problem.yaml `hints:` (Markdown) and the same rendered like the statement */
  hints: string[];
  hintsHtml: string[];
  source: string | null;
  sourceUrl: string | null;
  license: string | null;
  /** type: scoring; then maxScore is the best total (samples score nothing) */
  scoring: boolean;
  maxScore: number | null;
  /** how output is checked: the default token comparison (with validatorFlags), a checker, or an interactor */
  validation: 'default' | 'custom' | 'interactive';
  validatorFlags: string[];
  /** starter code per language id: the language's template, or for a function problem the generated class or function */
  starter: Record<string, string>;
  /** statement/editorial.en.md (approach and complexity), as Markdown and rendered; null when the package has none */
  editorial: string | null;
  editorialHtml: string | null;
}

async function readCapped(path: string): Promise<{ text: string; truncated: boolean }> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_MAX_BYTES + 1);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    const truncated = bytesRead > SAMPLE_MAX_BYTES;
    // a cut in the middle of a UTF-8 character decodes to U+FFFD; drop it
    const text = buffer.subarray(0, Math.min(bytesRead, SAMPLE_MAX_BYTES)).toString('utf8');
    return { text: truncated ? text.replace(/\uFFFD$/, '') : text, truncated };
  } finally {
    await file.close();
  }
}

export async function readSamples(problem: Problem, issues: PackageIssue[]): Promise<ProblemSample[]> {
  if (problem.interactive) return [];
  const group = problem.data.groups.find((child) => child.name === 'sample');
  if (!group) return [];
  const samples: ProblemSample[] = [];
  for (const testCase of allCases(group)) {
    const input = await readCapped(testCase.inputFile);
    const output = await readCapped(testCase.answerFile);
    const truncated = input.truncated || output.truncated;
    if (truncated) {
      issues.push({
        severity: 'warning',
        file: `data/${testCase.name}`,
        message: `sample is longer than ${SAMPLE_MAX_BYTES / 1024} KiB: the problem page shows its beginning`,
      });
    }
    samples.push({ name: testCase.name.replace(/^sample\//, ''), input: input.text, output: output.text, truncated });
  }
  return samples;
}

/** The best score of a group: every case accepted (mirrors maxScoreOf in @verdict/judge). */
export function maxScore(group: TestGroup): number {
  const { settings } = group;
  const scores = [...group.cases.map(() => settings.acceptScore), ...group.groups.map(maxScore)];
  const total =
    scores.length === 0 ? 0 : settings.aggregation === 'sum' ? scores.reduce((a, b) => a + b, 0) : Math.min(...scores);
  return Math.min(settings.range[1], Math.max(settings.range[0], total));
}

export function validationOf(problem: Problem): ProblemMeta['validation'] {
  if (problem.interactive) return 'interactive';
  return problem.customValidation ? 'custom' : 'default';
}
