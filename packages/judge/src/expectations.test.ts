/** Rules of submissions.yaml (2025-09, "Example submissions") checked against judged tests. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SubmissionRule } from '@verdict/problems';
import { checkRules, expectsTimeLimit, type JudgedForRules, needsEveryTest } from './expectations.ts';
import type { Verdict } from './verdict.ts';

function judged(verdicts: Record<string, Verdict>, score: number | null = null): JudgedForRules {
  const tests = Object.entries(verdicts).map(([name, verdict]) => ({ name, verdict, message: `${verdict} here` }));
  const failed = tests.find((t) => t.verdict !== 'AC');
  return { verdict: failed?.verdict ?? 'AC', score, maxScore: null, tests };
}
const rule = (fields: Partial<SubmissionRule>): SubmissionRule => ({ source: 'test rule', cases: null, ...fields });

describe('checkRules', () => {
  test('wrong_answer default: permitted AC, WA and at least one WA', () => {
    const wa = rule({ permitted: ['AC', 'WA'], required: ['WA'] });
    assert.equal(checkRules([wa], judged({ 'sample/1': 'AC', 'secret/1': 'WA' }), 'wrong_answer')[0]?.ok, true);
    const [tle] = checkRules([wa], judged({ 'sample/1': 'AC', 'secret/1': 'TLE' }), 'time_limit_exceeded');
    assert.equal(tle?.ok, false);
    assert.match(tle?.why ?? '', /secret\/1 got TLE, permitted AC, WA/);
    assert.match(checkRules([wa], judged({ 'secret/1': 'AC' }), 'accepted')[0]?.why ?? '', /no test got WA/);
  });

  test('MLE and OLE count as RTE; a compile error satisfies no test rule', () => {
    const rte = rule({ permitted: ['AC', 'RTE'], required: ['RTE'] });
    assert.equal(checkRules([rte], judged({ 'secret/1': 'MLE' }), 'memory_limit_exceeded')[0]?.ok, true);
    assert.equal(
      checkRules([rte], { verdict: 'CE', score: null, maxScore: null, tests: [] }, 'compiler_error')[0]?.ok,
      false,
    );
  });

  test('a rule on a test group looks only at its cases (globs allowed)', () => {
    const hard = rule({ cases: 'secret/*-hard', permitted: ['AC', 'TLE'], required: ['TLE'] });
    const result = judged({ 'secret/1-easy': 'AC', 'secret/2-hard': 'TLE' });
    assert.equal(checkRules([hard], result, 'time_limit_exceeded')[0]?.ok, true);
    assert.ok(needsEveryTest([hard]));
    assert.ok(!needsEveryTest([rule({ permitted: ['AC'] })]));
  });

  test('score, message and DOMjudge outcomes', () => {
    const result = judged({ 'secret/1': 'WA' }, 40);
    assert.equal(checkRules([rule({ score: [30, 50] })], result, 'partially_accepted')[0]?.ok, true);
    assert.equal(checkRules([rule({ score: [50, 50] })], result, 'partially_accepted')[0]?.ok, false);
    assert.equal(checkRules([rule({ message: 'WA he' })], result, 'wrong_answer')[0]?.ok, true);
    const tag = rule({ outcomes: ['accepted', 'time_limit_exceeded'] });
    assert.equal(checkRules([tag], judged({ 'secret/1': 'TLE' }), 'time_limit_exceeded')[0]?.ok, true);
    // an outcome means what its folder means: run_time_error takes a memory-limit result
    const crash = rule({ outcomes: ['run_time_error'] });
    assert.equal(checkRules([crash], judged({ 'secret/1': 'MLE' }), 'memory_limit_exceeded')[0]?.ok, true);
    assert.equal(
      checkRules([tag], result, 'wrong_answer')[0]?.why,
      'got wrong_answer, expected accepted or time_limit_exceeded',
    );
  });

  test('only "required: [TLE]" alone (or a TIMELIMIT tag) judges with the safety margin', () => {
    assert.ok(expectsTimeLimit([rule({ permitted: ['AC', 'TLE'], required: ['TLE'] })]));
    assert.ok(!expectsTimeLimit([rule({ required: ['RTE', 'TLE', 'WA'] })]));
    assert.ok(expectsTimeLimit([rule({ outcomes: ['time_limit_exceeded'] })]));
  });
});
