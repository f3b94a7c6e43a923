/**
 * Whether a judged submission meets what its submissions/<folder>/ promises, as problemtools'
 * verifyproblem and the problem package format read the folders (docs/VERDICTS.md):
 *
 * - A folder names a verdict, not a score, except `partially_accepted`, which is a score range:
 *   more than nothing and less than the maximum, whatever test failed on the way.
 * - In a scoring problem a submission that fails a test keeps that test's verdict (WA, TLE, ...)
 *   and gets its score besides; a wrong_answer submission that earns points is still WA.
 * - `accepted` in a scoring problem also needs the full score.
 * - `run_time_error` takes MLE too: the ICPC and Kattis have no memory-limit verdict, a program
 *   over its memory limit crashes there.
 */
import type { ExpectedResult } from '@verdict/problems';
import { assertNever, type Verdict } from './verdict.ts';

/** What of a judge result the expectation looks at; maxScore is null for pass-fail problems. */
export interface ExpectationInput {
  verdict: Verdict;
  score: number | null;
  maxScore: number | null;
}

/** The folder a verdict of this kind belongs in, on its own (no score). */
export function verdictFolder(verdict: Verdict): ExpectedResult | 'judge_error' {
  switch (verdict) {
    case 'AC':
      return 'accepted';
    case 'WA':
      return 'wrong_answer';
    case 'TLE':
      return 'time_limit_exceeded';
    case 'MLE':
      return 'memory_limit_exceeded';
    case 'RE':
      return 'run_time_error';
    case 'OLE':
      return 'output_limit_exceeded';
    case 'CE':
      return 'compiler_error';
    case 'IE':
      return 'judge_error';
    default:
      return assertNever(verdict);
  }
}

function fullScore(result: ExpectationInput): boolean {
  return result.maxScore === null || (result.score !== null && result.score >= result.maxScore);
}

/** A score strictly between nothing and the maximum, in a scoring problem. */
function partialScore(result: ExpectationInput): boolean {
  return result.maxScore !== null && result.score !== null && result.score > 0 && result.score < result.maxScore;
}

/** Whether the result meets the expectation of the folder the submission sits in. */
export function meetsExpectation(expected: ExpectedResult, result: ExpectationInput): boolean {
  const { verdict } = result;
  switch (expected) {
    case 'accepted':
      return verdict === 'AC' && fullScore(result);
    case 'partially_accepted':
      return verdict !== 'CE' && verdict !== 'IE' && partialScore(result);
    case 'wrong_answer':
      return verdict === 'WA';
    case 'time_limit_exceeded':
      return verdict === 'TLE';
    case 'run_time_error':
      return verdict === 'RE' || verdict === 'MLE';
    case 'memory_limit_exceeded':
      return verdict === 'MLE';
    case 'output_limit_exceeded':
      return verdict === 'OLE';
    case 'compiler_error':
      return verdict === 'CE';
    default:
      return assertNever(expected);
  }
}

/**
 * What to report a result as: the expected folder when it is met, else the verdict's own folder
 * (`partially_accepted` for an AC short of the maximum).
 */
export function reportedFolder(expected: ExpectedResult, result: ExpectationInput): ExpectedResult | 'judge_error' {
  if (meetsExpectation(expected, result)) return expected;
  return ownFolder(result);
}

/** The folder a result belongs in when no folder is expected: an AC short of the maximum is `partially_accepted`. */
export function ownFolder(result: ExpectationInput): ExpectedResult | 'judge_error' {
  if (result.verdict === 'AC' && !fullScore(result)) return 'partially_accepted';
  return verdictFolder(result.verdict);
}
