import { type ExpectedResult, globMatches, type SubmissionRule, type TestVerdict } from '@verdict/problems';
import { meetsExpectation } from './expectation.ts';
import { assertNever, type Verdict } from './verdict.ts';

/**
 * Checks a judged submission against the rules of submissions.yaml and DOMjudge's
 * @EXPECTED_RESULTS@ tags (see packages/problems/src/submissions.ts). Pure: the caller passes
 * the judge's result and the folder that result belongs in.
 */

/** One rule's outcome, with where the rule came from and, when it fails, why. */
export interface RuleCheck {
  source: string;
  ok: boolean;
  why: string | null;
}

/** What the rules look at of a judged submission. */
export interface JudgedForRules {
  verdict: Verdict;
  score: number | null;
  /** null in a pass-fail problem */
  maxScore: number | null;
  tests: { name: string; verdict: Verdict; message: string | null }[];
}

/** A test's verdict in submissions.yaml terms; null for a compile or judge error (no verdict of a test). */
export function testVerdictOf(verdict: Verdict): TestVerdict | null {
  switch (verdict) {
    case 'AC':
    case 'WA':
    case 'TLE':
      return verdict;
    case 'RE':
    case 'MLE':
    case 'OLE':
      return 'RTE';
    case 'CE':
    case 'IE':
      return null;
    default:
      return assertNever(verdict);
  }
}

function checkRule(rule: SubmissionRule, result: JudgedForRules, got: ExpectedResult | string): RuleCheck {
  const fail = (why: string): RuleCheck => ({ source: rule.source, ok: false, why });
  if (rule.outcomes) {
    // a folder named as an outcome means what the folder means (run_time_error takes MLE, ...)
    return rule.outcomes.some((outcome) => meetsExpectation(outcome, result))
      ? { source: rule.source, ok: true, why: null }
      : fail(`got ${got}, expected ${rule.outcomes.join(' or ')}`);
  }
  if (result.verdict === 'CE' || result.verdict === 'IE') return fail(`got ${got}, no test verdicts to check`);
  const tests =
    rule.cases === null ? result.tests : result.tests.filter((test) => globMatches(rule.cases as string, test.name));
  const verdicts = tests.map((test) => testVerdictOf(test.verdict));
  const where = rule.cases === null ? '' : ` in ${rule.cases}`;
  if (rule.permitted) {
    const outside = tests.find((_, index) => !rule.permitted?.includes(verdicts[index] as TestVerdict));
    if (outside)
      return fail(`${outside.name} got ${testVerdictOf(outside.verdict)}, permitted ${rule.permitted.join(', ')}`);
  }
  if (rule.required && !verdicts.some((verdict) => rule.required?.includes(verdict as TestVerdict))) {
    return fail(`no test${where} got ${rule.required.join(' or ')} (${tests.length} judged)`);
  }
  if (rule.score && rule.cases === null) {
    const [low, high] = rule.score;
    if (result.score === null || result.score < low || result.score > high)
      return fail(`score ${result.score} is not in [${low}, ${high}]`);
  }
  if (rule.message !== undefined && !tests.some((test) => test.message?.includes(rule.message as string))) {
    return fail(`no validator message${where} contains ${JSON.stringify(rule.message)}`);
  }
  return { source: rule.source, ok: true, why: null };
}

/** Every rule's outcome; the submission is as expected when all pass. */
export function checkRules(
  rules: readonly SubmissionRule[],
  result: JudgedForRules,
  got: ExpectedResult | string,
): RuleCheck[] {
  return rules.map((rule) => checkRule(rule, result, got));
}

/** Whether a rule set needs every test judged (a rule on a test group would miss the cases after a first failure). */
export function needsEveryTest(rules: readonly SubmissionRule[]): boolean {
  return rules.some((rule) => rule.cases !== null);
}

/** Whether the submission is meant to be too slow, so verify judges it with the safety margin. */
export function expectsTimeLimit(rules: readonly SubmissionRule[]): boolean {
  return rules.some(
    (rule) =>
      // only "required: [TLE]" alone: [TLE, RTE] does not say it is too slow (2025-09, "Timelimit inference")
      (rule.required?.length === 1 && rule.required[0] === 'TLE') ||
      (rule.outcomes?.length === 1 && rule.outcomes[0] === 'time_limit_exceeded'),
  );
}
