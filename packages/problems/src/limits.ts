import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FormatVersion, PackageIssue, ProblemLimits } from './types.ts';

/** Defaults of the problem package format. */
export const LEGACY_DEFAULTS = { timeMultiplier: 5, timeSafetyMargin: 2 };
export const DRAFT_DEFAULTS = { timeMultiplier: 2, timeSafetyMargin: 1.5 };
export const COMMON_DEFAULTS = {
  memoryMb: 2048,
  outputMb: 8,
  codeKb: 128,
  compilationTimeS: 60,
  validationTimeS: 60,
  validationMemoryMb: 2048,
  validationOutputMb: 8,
  validationPasses: 2,
};

/** limits keys of every version (legacy time_multiplier/time_safety_margin, 2023-07+ time_multipliers). */
const KNOWN_LIMIT_KEYS = new Set([
  'time_multiplier',
  'time_safety_margin',
  'time_multipliers',
  'time_limit',
  'time_resolution',
  'memory',
  'output',
  'code',
  'compilation_time',
  'compilation_memory',
  'validation_time',
  'validation_memory',
  'validation_output',
  'validation_passes',
]);

export const TIMELIMIT_FILE = '.timelimit';

function positiveNumber(value: unknown, key: string, fallback: number, issues: PackageIssue[]): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  issues.push({
    severity: 'error',
    file: 'problem.yaml',
    message: `limits.${key} must be a positive number, got ${JSON.stringify(value)}`,
  });
  return fallback;
}

/** Reads problem.yaml's limits (legacy and 2023-07 names) and the .timelimit file. */
export async function readLimits(
  dir: string,
  limits: unknown,
  formatVersion: FormatVersion,
  issues: PackageIssue[],
): Promise<ProblemLimits> {
  const raw = (limits && typeof limits === 'object' && !Array.isArray(limits) ? limits : {}) as Record<string, unknown>;
  if (limits !== undefined && raw !== limits) {
    issues.push({ severity: 'error', file: 'problem.yaml', message: 'limits must be a mapping' });
  }
  for (const key of Object.keys(raw)) {
    if (!KNOWN_LIMIT_KEYS.has(key))
      issues.push({ severity: 'warning', file: 'problem.yaml', message: `unknown key "limits.${key}" is ignored` });
  }
  const defaults = formatVersion === 'legacy' ? LEGACY_DEFAULTS : DRAFT_DEFAULTS;
  const multipliers = (raw.time_multipliers ?? {}) as Record<string, unknown>;
  const result: ProblemLimits = {
    timeLimitMs: null,
    timeLimitSource: 'none',
    timeMultiplier: positiveNumber(
      multipliers.ac_to_time_limit ?? raw.time_multiplier,
      'time_multiplier',
      defaults.timeMultiplier,
      issues,
    ),
    timeSafetyMargin: positiveNumber(
      multipliers.time_limit_to_tle ?? raw.time_safety_margin,
      'time_safety_margin',
      defaults.timeSafetyMargin,
      issues,
    ),
    memoryMb: positiveNumber(raw.memory, 'memory', COMMON_DEFAULTS.memoryMb, issues),
    outputMb: positiveNumber(raw.output, 'output', COMMON_DEFAULTS.outputMb, issues),
    codeKb: positiveNumber(raw.code, 'code', COMMON_DEFAULTS.codeKb, issues),
    compilationTimeS: positiveNumber(
      raw.compilation_time,
      'compilation_time',
      COMMON_DEFAULTS.compilationTimeS,
      issues,
    ),
    validationTimeS: positiveNumber(raw.validation_time, 'validation_time', COMMON_DEFAULTS.validationTimeS, issues),
    validationMemoryMb: positiveNumber(
      raw.validation_memory,
      'validation_memory',
      COMMON_DEFAULTS.validationMemoryMb,
      issues,
    ),
    validationOutputMb: positiveNumber(
      raw.validation_output,
      'validation_output',
      COMMON_DEFAULTS.validationOutputMb,
      issues,
    ),
    validationPasses: positiveNumber(
      raw.validation_passes,
      'validation_passes',
      COMMON_DEFAULTS.validationPasses,
      issues,
    ),
  };
  if (!Number.isInteger(result.validationPasses) || result.validationPasses < 2) {
    issues.push({
      severity: 'error',
      file: 'problem.yaml',
      message: `limits.validation_passes must be a whole number of at least 2, got ${result.validationPasses}`,
    });
    result.validationPasses = COMMON_DEFAULTS.validationPasses;
  }
  if (raw.time_limit !== undefined) {
    result.timeLimitMs = Math.round(positiveNumber(raw.time_limit, 'time_limit', 1, issues) * 1000);
    result.timeLimitSource = 'problem.yaml';
  }
  let text: string | null = null;
  try {
    text = await readFile(join(dir, TIMELIMIT_FILE), 'utf8');
  } catch {
    // no .timelimit: the limit comes from problem.yaml or is derived
  }
  if (text !== null) {
    const seconds = Number(text.trim());
    if (!Number.isFinite(seconds) || seconds <= 0) {
      issues.push({
        severity: 'error',
        file: TIMELIMIT_FILE,
        message: `must hold a positive number of seconds, got "${text.trim()}"`,
      });
    } else if (result.timeLimitSource === 'none') {
      result.timeLimitMs = Math.round(seconds * 1000);
      result.timeLimitSource = 'timelimit-file';
    } else if (Math.round(seconds * 1000) !== result.timeLimitMs) {
      issues.push({
        severity: 'warning',
        file: TIMELIMIT_FILE,
        message: `says ${seconds} s but problem.yaml's limits.time_limit wins`,
      });
    }
  }
  return result;
}

/**
 * The time limit problemtools would set: the slowest accepted submission's CPU time times the
 * multiplier, rounded up to whole seconds (at least one).
 *
 * @example
 * deriveTimeLimitMs(340, 5) // 2000
 */
export function deriveTimeLimitMs(slowestAcceptedMs: number, timeMultiplier: number): number {
  return Math.max(1, Math.ceil((slowestAcceptedMs * timeMultiplier) / 1000)) * 1000;
}

/** Keeps a derived limit in the package, as problemtools does, so later judging uses it. */
export async function writeTimeLimit(dir: string, timeLimitMs: number): Promise<void> {
  await writeFile(join(dir, TIMELIMIT_FILE), `${timeLimitMs / 1000}\n`);
}
