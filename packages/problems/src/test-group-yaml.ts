// The 2025-09 test_group.yaml, mapped onto the settings testdata.yaml gives (GroupSettings).
// Spec: https://icpc.io/problem-package-format/spec/2025-09.html#test-data-configuration
import type { GroupSettings, PackageIssue } from './types.ts';

/** Where the file sits decides its defaults and which keys it may hold. */
export type TestGroupPlace = 'sample' | 'secret' | 'group';

export interface TestGroupContext {
  file: string;
  place: TestGroupPlace;
  /** Cases (.in files) directly in the group: a `sum` group splits max_score among them. */
  caseCount: number;
  scoring: boolean;
}

const SCORING_KEYS = ['max_score', 'score_aggregation', 'require_pass'] as const;
/** Keys the format defines that the judge has no use for (visualizers are not run). */
const QUIET_KEYS = new Set(['input_visualizer_args', 'output_visualizer_args']);
const KNOWN_KEYS = new Set([
  ...SCORING_KEYS,
  ...QUIET_KEYS,
  'static_validation_score',
  'static_validator_args',
  'args',
  'input_validator_args',
  'output_validator_args',
  'full_feedback',
]);

function stringList(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null;
}

function isEmpty(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

/**
 * Applies one test_group.yaml on top of the inherited settings. Verdict's judge scores a case
 * with one accept score and aggregates with sum or min, so: `pass-fail` with max_score M is
 * min over cases scoring M; `min` is the same; `sum` gives each case M / (cases in the group)
 * and judges every case (on_reject: continue). The group's range becomes [0, M].
 */
export function applyTestGroup(
  inherited: GroupSettings,
  raw: Record<string, unknown>,
  context: TestGroupContext,
  issues: PackageIssue[],
): GroupSettings {
  const { file, place } = context;
  const settings: GroupSettings = { ...inherited };
  const bad = (message: string) => issues.push({ severity: 'error', file, message });
  const warn = (message: string) => issues.push({ severity: 'warning', file, message });
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) warn(`unknown key "${key}" is ignored`);
  }

  for (const key of ['input_validator_args', 'output_validator_args'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    const field = key === 'input_validator_args' ? 'inputValidatorFlags' : 'outputValidatorFlags';
    const list = value === null ? [] : stringList(value);
    if (list) {
      settings[field] = list;
      continue;
    }
    if (key === 'input_validator_args' && typeof value === 'object' && !Array.isArray(value)) {
      const lists = Object.values(value as Record<string, unknown>).map(stringList);
      if (lists.some((entry) => entry === null)) {
        bad(`${key} must map each input validator's name to a list of strings`);
      } else if (new Set(lists.map((entry) => JSON.stringify(entry))).size <= 1) {
        settings[field] = lists[0] ?? [];
      } else {
        warn(
          `${key} with different lists per validator is not supported (the judge passes one list to every input validator); ignored`,
        );
      }
      continue;
    }
    bad(`${key} must be a list of strings, got ${JSON.stringify(value)}`);
  }

  if (raw.full_feedback !== undefined && typeof raw.full_feedback !== 'boolean') {
    bad(`full_feedback must be true or false, got ${JSON.stringify(raw.full_feedback)}`);
  } else if (raw.full_feedback === true && place !== 'sample') {
    warn('full_feedback: true is not supported: contestants see feedback only for samples');
  }
  for (const key of ['args', 'static_validator_args', 'static_validation_score', 'require_pass'] as const) {
    if (raw[key] !== undefined && !isEmpty(raw[key])) {
      warn(`${key} is not supported by the judge and is ignored`);
    }
  }

  const scoringKeys = SCORING_KEYS.filter((key) => raw[key] !== undefined);
  if (scoringKeys.length === 0) return settings;
  if (place === 'sample') {
    bad(`${scoringKeys.join(', ')} is not permitted in data/sample`);
    return settings;
  }
  if (!context.scoring) {
    warn(`${scoringKeys.join(', ')} is ignored: the problem is pass-fail (type: scoring in problem.yaml scores it)`);
    return settings;
  }
  return applyScoring(settings, raw, context, bad, warn);
}

const AGGREGATIONS = ['pass-fail', 'sum', 'min'] as const;

function isAggregation(value: unknown): value is (typeof AGGREGATIONS)[number] {
  return AGGREGATIONS.some((aggregation) => aggregation === value);
}

function applyScoring(
  settings: GroupSettings,
  raw: Record<string, unknown>,
  context: TestGroupContext,
  bad: (message: string) => void,
  warn: (message: string) => void,
): GroupSettings {
  const aggregationRaw = raw.score_aggregation ?? (context.place === 'secret' ? 'sum' : 'pass-fail');
  if (!isAggregation(aggregationRaw)) {
    bad(`score_aggregation must be "pass-fail", "sum" or "min", got ${JSON.stringify(raw.score_aggregation)}`);
    return settings;
  }
  const maxRaw = raw.max_score ?? (context.place === 'secret' ? 100 : 'unbounded');
  if (maxRaw === 'unbounded') {
    if (aggregationRaw === 'pass-fail') bad('score_aggregation: pass-fail needs a numeric max_score');
    else {
      warn('max_score: unbounded (scores from score.txt) is not supported; cases score the inherited accept score');
      settings.aggregation = aggregationRaw;
      settings.onReject = aggregationRaw === 'sum' ? 'continue' : 'break';
    }
    return settings;
  }
  if (typeof maxRaw !== 'number' || !Number.isInteger(maxRaw) || maxRaw < 0) {
    bad(`max_score must be a non-negative integer or "unbounded", got ${JSON.stringify(raw.max_score)}`);
    return settings;
  }
  settings.aggregation = aggregationRaw === 'sum' ? 'sum' : 'min';
  settings.onReject = aggregationRaw === 'sum' ? 'continue' : 'break';
  settings.rejectScore = 0;
  settings.range = [0, maxRaw];
  // a group of subgroups (secret) adds its groups' scores: its own accept score only matters for its cases
  if (aggregationRaw !== 'sum') settings.acceptScore = maxRaw;
  else if (context.caseCount > 0) settings.acceptScore = maxRaw / context.caseCount;
  return settings;
}
