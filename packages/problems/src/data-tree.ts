import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { applyTestGroup, type TestGroupPlace } from './test-group-yaml.ts';
import type { GroupSettings, PackageIssue, TestCase, TestGroup } from './types.ts';
import { flagList, readYamlMapping } from './yaml-file.ts';

/** Files a test case may have beside .in and .ans; anything else is worth a warning. */
const CASE_EXTENSIONS = new Set([
  '.in',
  '.ans',
  '.desc',
  '.hint',
  '.png',
  '.jpg',
  '.svg',
  '.args',
  '.files',
  '.interaction',
  '.yaml',
]);

const KNOWN_TESTDATA_KEYS = new Set([
  'on_reject',
  'grading',
  'grader_flags',
  'accept_score',
  'reject_score',
  'range',
  'input_validator_flags',
  'output_validator_flags',
]);

/** Root settings: the format's defaults. Samples score nothing in a scoring problem (ignore_sample). */
export function rootSettings(): GroupSettings {
  return {
    onReject: 'break',
    grading: 'default',
    aggregation: 'sum',
    acceptScore: 1,
    rejectScore: 0,
    range: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
    inputValidatorFlags: [],
    outputValidatorFlags: [],
  };
}

function parseRange(value: unknown): [number, number] | null {
  if (typeof value !== 'string') return null;
  const parts = value.trim().split(/\s+/);
  if (parts.length !== 2) return null;
  const numbers = parts.map((part) =>
    part === 'inf' || part === '+inf'
      ? Number.POSITIVE_INFINITY
      : part === '-inf'
        ? Number.NEGATIVE_INFINITY
        : Number(part),
  );
  if (numbers.some(Number.isNaN) || (numbers[0] as number) > (numbers[1] as number)) return null;
  return [numbers[0] as number, numbers[1] as number];
}

/** Applies one testdata.yaml on top of the inherited settings, reporting every bad key. */
function applyTestdata(
  inherited: GroupSettings,
  raw: Record<string, unknown>,
  file: string,
  issues: PackageIssue[],
): GroupSettings {
  const settings: GroupSettings = { ...inherited };
  const bad = (message: string) => issues.push({ severity: 'error', file, message });
  for (const key of Object.keys(raw)) {
    if (!KNOWN_TESTDATA_KEYS.has(key))
      issues.push({ severity: 'warning', file, message: `unknown key "${key}" is ignored` });
  }
  if (raw.on_reject !== undefined) {
    if (raw.on_reject === 'break' || raw.on_reject === 'continue') settings.onReject = raw.on_reject;
    else bad(`on_reject must be "break" or "continue", got ${JSON.stringify(raw.on_reject)}`);
  }
  if (raw.grading !== undefined) {
    if (raw.grading === 'default') settings.grading = 'default';
    else if (raw.grading === 'custom') {
      settings.grading = 'custom';
      issues.push({
        severity: 'warning',
        file,
        message: 'grading: custom (a custom grader) is not supported; the default grader is used',
      });
    } else bad(`grading must be "default" or "custom", got ${JSON.stringify(raw.grading)}`);
  }
  if (raw.grader_flags !== undefined) {
    for (const flag of flagList(raw.grader_flags) ?? []) {
      if (flag === 'sum' || flag === 'min') settings.aggregation = flag;
      else if (flag === 'ignore_sample' || flag === 'first_error') continue;
      else issues.push({ severity: 'warning', file, message: `grader flag "${flag}" is not supported and is ignored` });
    }
  }
  for (const [key, field] of [
    ['accept_score', 'acceptScore'],
    ['reject_score', 'rejectScore'],
  ] as const) {
    if (raw[key] === undefined) continue;
    const value = typeof raw[key] === 'string' ? Number(raw[key]) : raw[key];
    if (typeof value === 'number' && Number.isFinite(value)) settings[field] = value;
    else bad(`${key} must be a number, got ${JSON.stringify(raw[key])}`);
  }
  if (raw.range !== undefined) {
    const range = parseRange(raw.range);
    if (range) settings.range = range;
    else bad(`range must be "low high" (numbers, inf allowed), got ${JSON.stringify(raw.range)}`);
  }
  for (const [key, field] of [
    ['input_validator_flags', 'inputValidatorFlags'],
    ['output_validator_flags', 'outputValidatorFlags'],
  ] as const) {
    if (raw[key] === undefined) continue;
    const flags = flagList(raw[key]);
    if (flags) settings[field] = flags;
    else bad(`${key} must be a string or a list of strings`);
  }
  return settings;
}

/**
 * Reads one group folder under data/: its testdata.yaml, its cases (X.in with X.ans) and its
 * subgroups, each in lexicographic order of base name.
 */
export async function readGroup(
  packageDir: string,
  relative: string,
  inherited: GroupSettings,
  options: { interactive: boolean; scoring: boolean },
  issues: PackageIssue[],
): Promise<TestGroup> {
  const dir = join(packageDir, 'data', relative);
  const shown = relative === '' ? 'data' : `data/${relative}`;
  const entries = await readdir(dir, { withFileTypes: true });
  let settings = inherited;
  if (entries.some((entry) => entry.name === 'testdata.yaml' && entry.isFile())) {
    const yaml = await readYamlMapping(join(dir, 'testdata.yaml'));
    if (yaml.ok) settings = applyTestdata(inherited, yaml.value, `${shown}/testdata.yaml`, issues);
    else issues.push({ severity: 'error', file: `${shown}/testdata.yaml`, message: yaml.message });
  }
  if (entries.some((entry) => entry.name === 'test_group.yaml' && entry.isFile())) {
    const file = `${shown}/test_group.yaml`;
    const yaml = await readYamlMapping(join(dir, 'test_group.yaml'));
    const place: TestGroupPlace = relative === 'sample' ? 'sample' : relative === 'secret' ? 'secret' : 'group';
    const caseCount = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.in')).length;
    if (yaml.ok)
      settings = applyTestGroup(settings, yaml.value, { file, place, caseCount, scoring: options.scoring }, issues);
    else issues.push({ severity: 'error', file, message: yaml.message });
  }
  const names = new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name));
  const cases: TestCase[] = [];
  const groups: TestGroup[] = [];
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of sorted) {
    const childRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      // samples are shown to contestants, so they score nothing (the format's ignore_sample)
      const sampleOfScoring = relative === '' && entry.name === 'sample' && options.scoring;
      const childSettings = sampleOfScoring ? { ...settings, acceptScore: 0, rejectScore: 0 } : settings;
      groups.push(await readGroup(packageDir, childRelative, childSettings, options, issues));
      continue;
    }
    if (!entry.isFile() || entry.name === 'testdata.yaml' || entry.name === 'test_group.yaml') continue;
    const dot = entry.name.lastIndexOf('.');
    const extension = dot > 0 ? entry.name.slice(dot) : '';
    const base = dot > 0 ? entry.name.slice(0, dot) : entry.name;
    if (!CASE_EXTENSIONS.has(extension)) {
      issues.push({
        severity: 'warning',
        file: `${shown}/${entry.name}`,
        message: 'not a test data file (.in, .ans, ...); ignored',
      });
      continue;
    }
    if (extension === '.ans' && !names.has(`${base}.in`)) {
      issues.push({ severity: 'warning', file: `${shown}/${entry.name}`, message: `has no ${base}.in; ignored` });
    }
    if (extension !== '.in') continue;
    const answer = `${base}.ans`;
    if (!names.has(answer) && !options.interactive) {
      issues.push({ severity: 'error', file: `${shown}/${entry.name}`, message: `has no answer file ${answer}` });
      continue;
    }
    const name = relative === '' ? base : `${relative}/${base}`;
    cases.push({
      name,
      inputFile: join(dir, entry.name),
      answerFile: names.has(answer) ? join(dir, answer) : '/dev/null',
      sample: name.startsWith('sample/'),
    });
  }
  if (relative !== '' && cases.length === 0 && groups.length === 0) {
    issues.push({ severity: 'warning', file: shown, message: 'test group holds no test cases' });
  }
  return { name: relative, settings, cases, groups };
}

/** Every case of a group tree, in judging order (cases of a group, then its subgroups). */
export function allCases(group: TestGroup): TestCase[] {
  return [...group.cases, ...group.groups.flatMap(allCases)];
}
