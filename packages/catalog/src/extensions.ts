// Verdict's keys in problem.yaml, beside the ICPC/Kattis ones. Other judges ignore them.
//
//   slug: two-sum-count          # the problem's id here (else `id:`, else the folder name)
//   difficulty: easy             # easy | medium | hard (default medium)
//   topics: [arrays, hashing]    # or "arrays, hashing"; lower-cased (default none)
//   hints:                       # Markdown, shown one at a time (default none)
//     - Sort first.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackageIssue } from '@verdict/problems';
import { DIFFICULTIES, type Difficulty } from '@verdict/store';
import { parse } from 'yaml';

export const VERDICT_PROBLEM_KEYS = ['slug', 'difficulty', 'topics', 'hints'] as const;
export const DEFAULT_DIFFICULTY: Difficulty = 'medium';
const MAX_TOPIC_LENGTH = 40;

export interface PackageExtras {
  /** problem.yaml as a mapping ({} when it is missing or broken; readProblem reports that) */
  raw: Record<string, unknown>;
  difficulty: Difficulty;
  topics: string[];
  hints: string[];
  source: string | null;
  sourceUrl: string | null;
  license: string | null;
}

export async function readProblemYaml(dir: string): Promise<Record<string, unknown>> {
  try {
    const value: unknown = parse(await readFile(join(dir, 'problem.yaml'), 'utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Legacy `source` is a string (with `source_url`); 2023-07 allows {name, url} or a list of them. */
function sourceOf(raw: Record<string, unknown>): { source: string | null; sourceUrl: string | null } {
  const first = Array.isArray(raw.source) ? raw.source[0] : raw.source;
  if (first && typeof first === 'object') {
    const entry = first as Record<string, unknown>;
    return { source: text(entry.name), sourceUrl: text(entry.url) };
  }
  return { source: text(first), sourceUrl: text(raw.source_url) };
}

/** Reads Verdict's keys and the descriptive ones the catalog shows; bad values are error issues. */
export function readExtras(raw: Record<string, unknown>, issues: PackageIssue[]): PackageExtras {
  const bad = (message: string) => issues.push({ severity: 'error', file: 'problem.yaml', message });
  let difficulty = DEFAULT_DIFFICULTY;
  if (raw.difficulty !== undefined) {
    const value = String(raw.difficulty).toLowerCase();
    if ((DIFFICULTIES as readonly string[]).includes(value)) difficulty = value as Difficulty;
    else bad(`difficulty must be one of ${DIFFICULTIES.join(', ')}, got ${JSON.stringify(raw.difficulty)}`);
  }
  let topics: string[] = [];
  if (raw.topics !== undefined) {
    const list = typeof raw.topics === 'string' ? raw.topics.split(',') : raw.topics;
    if (Array.isArray(list) && list.every((topic) => typeof topic === 'string')) {
      topics = [...new Set(list.map((topic) => topic.trim().toLowerCase()).filter((topic) => topic.length > 0))];
      const long = topics.find((topic) => topic.length > MAX_TOPIC_LENGTH);
      if (long) bad(`topic "${long}" is longer than ${MAX_TOPIC_LENGTH} characters`);
    } else bad('topics must be a list of strings (or one comma-separated string)');
  }
  let hints: string[] = [];
  if (raw.hints !== undefined) {
    const list = typeof raw.hints === 'string' ? [raw.hints] : raw.hints;
    if (Array.isArray(list) && list.every((hint) => typeof hint === 'string')) {
      hints = list.map((hint) => hint.trim()).filter((hint) => hint.length > 0);
    } else bad('hints must be a list of Markdown strings');
  }
  return { raw, difficulty, topics, hints, ...sourceOf(raw), license: text(raw.license) };
}

/** readProblem warns about keys the package format does not know; Verdict's own are expected. */
export function withoutVerdictKeyWarnings(issues: PackageIssue[]): PackageIssue[] {
  // the reader may add which format version it checked against: "... is ignored (not a ...)"
  const expected = VERDICT_PROBLEM_KEYS.map((key) => `unknown key "${key}" is ignored`);
  return issues.filter(
    (issue) => !(issue.file === 'problem.yaml' && expected.some((prefix) => issue.message.startsWith(prefix))),
  );
}
