import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDirectory, readProgram } from './package-files.ts';
import {
  EXPECTED_RESULTS,
  type ExpectedResult,
  type FormatVersion,
  type PackageIssue,
  type PackageSubmission,
  type SubmissionRule,
  TEST_VERDICTS,
  type TestVerdict,
} from './types.ts';
import { readYamlMapping } from './yaml-file.ts';

/**
 * What example submissions must do, from three sources:
 * - the legacy folder meanings (submissions/<verdict>/: the final result is that verdict);
 * - submissions/submissions.yaml (2023-07 and later): glob patterns over submission paths,
 *   each with permitted/required test verdicts, score, message, optionally per test group,
 *   on top of the default rules of the default folders (accepted, rejected, wrong_answer, ...);
 * - DOMjudge's `@EXPECTED_RESULTS@: A, B` tag in a source file: the result is one of A, B
 *   (it replaces the folder's meaning, as in DOMjudge).
 */

const SUBMISSIONS_YAML = 'submissions/submissions.yaml';

/** The default directories of submissions.yaml (2025-09, "Default directories"). */
const DEFAULT_FOLDER_RULES: Record<string, { permitted?: TestVerdict[]; required?: TestVerdict[] }> = {
  accepted: { permitted: ['AC'] },
  rejected: { required: ['RTE', 'TLE', 'WA'] },
  wrong_answer: { permitted: ['AC', 'WA'], required: ['WA'] },
  time_limit_exceeded: { permitted: ['AC', 'TLE'], required: ['TLE'] },
  run_time_error: { permitted: ['AC', 'RTE'], required: ['RTE'] },
  brute_force: { permitted: ['AC', 'RTE', 'TLE'], required: ['RTE', 'TLE'] },
};

/** Keys of a submissions.yaml entry that describe the submission; any other key names test data. */
const ENTRY_KEYS = new Set(['language', 'entrypoint', 'authors', 'model_solution', 'use_for_time_limit']);
const RULE_KEYS = new Set(['permitted', 'required', 'score', 'message']);

/** DOMjudge's result names in @EXPECTED_RESULTS@ tags, as submissions/ folders. */
const DOMJUDGE_RESULTS: Record<string, ExpectedResult> = {
  CORRECT: 'accepted',
  'WRONG-ANSWER': 'wrong_answer',
  'NO-OUTPUT': 'wrong_answer',
  TIMELIMIT: 'time_limit_exceeded',
  'RUN-ERROR': 'run_time_error',
  'COMPILER-ERROR': 'compiler_error',
  'OUTPUT-LIMIT': 'output_limit_exceeded',
  'MEMORY-LIMIT': 'memory_limit_exceeded',
};
const TAG = /@EXPECTED_RESULTS@:?\s*([A-Za-z_,\s-]+)/;
/** A tag is looked for in this many first bytes of each file, as DOMjudge does near the top. */
const TAG_SEARCH_BYTES = 8192;

/** Expands `{a,b}` (several, not nested) into every alternative. */
export function expandBraces(pattern: string): string[] {
  const match = /\{([^{}]*)\}/.exec(pattern);
  if (!match) return [pattern];
  const before = pattern.slice(0, match.index);
  const after = pattern.slice(match.index + match[0].length);
  return (match[1] as string).split(',').flatMap((choice) => expandBraces(`${before}${choice}${after}`));
}

/**
 * Whether a submissions.yaml or test-case pattern matches a path or one of its parents:
 * `*` matches within one path segment, braces give alternatives.
 *
 * @example
 * globMatches('wrong_answer/*', 'wrong_answer/slow.py') // true
 * globMatches('accepted', 'accepted/sol/main.py') // true (a parent matches)
 */
export function globMatches(pattern: string, path: string): boolean {
  const parts = path.split('/');
  const prefixes = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
  return expandBraces(pattern.replace(/\/+$/, '')).some((alternative) => {
    const source = alternative
      .split('*')
      .map((piece) => piece.replace(/[.+?^$()|[\]\\]/g, '\\$&'))
      .join('[^/]*');
    const regex = new RegExp(`^${source}$`);
    return prefixes.some((prefix) => regex.test(prefix));
  });
}

function verdictList(value: unknown, key: string, where: string, issues: PackageIssue[]): TestVerdict[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  const verdicts = list.map(String).map((verdict) => (verdict === 'MLE' ? 'RTE' : verdict));
  const bad = verdicts.filter((verdict) => !(TEST_VERDICTS as readonly string[]).includes(verdict));
  if (bad.length > 0) {
    issues.push({
      severity: 'error',
      file: SUBMISSIONS_YAML,
      message: `${where}: ${key} must list verdicts of ${TEST_VERDICTS.join(', ')}, got ${bad.join(', ')}`,
    });
  }
  return verdicts.filter((verdict): verdict is TestVerdict => !bad.includes(verdict));
}

function ruleOf(
  raw: Record<string, unknown>,
  source: string,
  cases: string | null,
  issues: PackageIssue[],
): SubmissionRule | null {
  const rule: SubmissionRule = { source, cases };
  const permitted = verdictList(raw.permitted, 'permitted', source, issues);
  const required = verdictList(raw.required, 'required', source, issues);
  if (permitted) rule.permitted = permitted;
  if (required) rule.required = required;
  if (raw.score !== undefined) {
    const score = Array.isArray(raw.score) ? raw.score.map(Number) : [Number(raw.score), Number(raw.score)];
    if (score.length === 2 && score.every(Number.isFinite)) rule.score = [score[0] as number, score[1] as number];
    else
      issues.push({
        severity: 'error',
        file: SUBMISSIONS_YAML,
        message: `${source}: score must be a number or [low, high]`,
      });
  }
  if (raw.message !== undefined) rule.message = String(raw.message);
  return Object.keys(rule).length > 2 ? rule : null;
}

interface YamlEntry {
  pattern: string;
  value: Record<string, unknown>;
}

async function readSubmissionsYaml(dir: string, issues: PackageIssue[]): Promise<YamlEntry[] | null> {
  const path = join(dir, SUBMISSIONS_YAML);
  try {
    await readFile(path);
  } catch {
    return null;
  }
  const yaml = await readYamlMapping(path);
  if (!yaml.ok) {
    issues.push({ severity: 'error', file: SUBMISSIONS_YAML, message: yaml.message });
    return [];
  }
  const entries: YamlEntry[] = [];
  for (const [pattern, value] of Object.entries(yaml.value)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      issues.push({ severity: 'error', file: SUBMISSIONS_YAML, message: `"${pattern}" must map to a mapping of keys` });
      continue;
    }
    entries.push({ pattern, value: value as Record<string, unknown> });
  }
  return entries;
}

/** The rules one submissions.yaml entry gives: its own keys, and one rule per test-data key. */
function entryRules(entry: YamlEntry, issues: PackageIssue[]): SubmissionRule[] {
  const source = `submissions.yaml "${entry.pattern}"`;
  const rules: SubmissionRule[] = [];
  const own = ruleOf(entry.value, source, null, issues);
  if (own) rules.push(own);
  for (const [key, value] of Object.entries(entry.value)) {
    if (ENTRY_KEYS.has(key) || RULE_KEYS.has(key)) continue;
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      issues.push({
        severity: 'warning',
        file: SUBMISSIONS_YAML,
        message: `${source}: unknown key "${key}" is ignored (a test group key maps to permitted/required/score/message)`,
      });
      continue;
    }
    const scoped = ruleOf(value as Record<string, unknown>, `${source} on ${key}`, key, issues);
    if (scoped) rules.push(scoped);
  }
  return rules;
}

async function expectedResultsTag(files: { path: string; name: string }[]): Promise<ExpectedResult[] | null> {
  for (const file of files) {
    const head = (await readFile(file.path)).subarray(0, TAG_SEARCH_BYTES).toString('utf8');
    const match = TAG.exec(head);
    if (!match) continue;
    const names = (match[1] as string)
      .split(/[,\s]+/)
      .map((name) => name.trim().toUpperCase().replace(/_/g, '-'))
      .filter((name) => name.length > 0);
    const results = names.map((name) => DOMJUDGE_RESULTS[name]).filter((result) => result !== undefined);
    if (results.length > 0) return [...new Set(results)];
  }
  return null;
}

/**
 * Reads submissions/: every program in a folder, with the rules it must satisfy and the source
 * of each rule. Folders other than the legacy verdict folders are read when a rule covers them.
 */
export async function readSubmissions(
  dir: string,
  version: FormatVersion,
  issues: PackageIssue[],
): Promise<PackageSubmission[]> {
  const root = join(dir, 'submissions');
  if (!(await isDirectory(root))) return [];
  const yaml = await readSubmissionsYaml(dir, issues);
  if (yaml && version === 'legacy') {
    issues.push({
      severity: 'warning',
      file: SUBMISSIONS_YAML,
      message: 'submissions.yaml belongs to the 2023-07 format and later; it is read anyway',
    });
  }
  const submissions: PackageSubmission[] = [];
  for (const folder of (await readdir(root)).sort()) {
    if (!(await isDirectory(join(root, folder)))) continue;
    const legacy = EXPECTED_RESULTS.includes(folder as ExpectedResult) ? (folder as ExpectedResult) : null;
    let skipped = 0;
    for (const entry of (await readdir(join(root, folder))).sort()) {
      if (entry.startsWith('.')) continue;
      const program = await readProgram(dir, `submissions/${folder}/${entry}`);
      if (program.files.length === 0) continue;
      const relative = `${folder}/${entry}`;
      const submission: PackageSubmission = { path: program.path, expected: legacy, rules: [], files: program.files };
      const tag = await expectedResultsTag(program.files);
      if (tag) {
        submission.rules.push({ source: `@EXPECTED_RESULTS@ in ${relative}`, cases: null, outcomes: tag });
      } else if (yaml) {
        const defaults = DEFAULT_FOLDER_RULES[folder];
        // an entry named exactly like a default folder replaces that folder's keys
        const override = yaml.find((candidate) => candidate.pattern === folder)?.value ?? {};
        if (defaults) {
          const merged = ruleOf(
            { ...defaults, ...override },
            `default rule of ${folder}/${Object.keys(override).length > 0 ? ' (as submissions.yaml overrides it)' : ''}`,
            null,
            issues,
          );
          if (merged) submission.rules.push(merged);
        } else if (legacy) {
          // legacy verdict folders the newer formats dropped (compiler_error, ...) keep their meaning
          submission.rules.push({ source: `folder ${folder}/`, cases: null, outcomes: [legacy] });
        }
        for (const candidate of yaml) {
          if (defaults && candidate.pattern === folder) continue;
          if (!globMatches(candidate.pattern, relative)) continue;
          submission.rules.push(...entryRules(candidate, issues));
          if (typeof candidate.value.language === 'string') submission.language = candidate.value.language;
          if (typeof candidate.value.entrypoint === 'string') submission.entrypoint = candidate.value.entrypoint;
        }
      } else if (legacy) {
        submission.rules.push({ source: `folder ${folder}/`, cases: null, outcomes: [legacy] });
      }
      if (submission.rules.length === 0) {
        skipped++;
        continue;
      }
      submissions.push(submission);
    }
    if (skipped > 0) {
      issues.push({
        severity: 'warning',
        file: `submissions/${folder}`,
        message: `${skipped} submission(s) with no expectation (not a verdict folder, ${yaml ? 'no submissions.yaml entry' : 'no submissions.yaml'}, no @EXPECTED_RESULTS@ tag); ignored`,
      });
    }
  }
  return submissions;
}
