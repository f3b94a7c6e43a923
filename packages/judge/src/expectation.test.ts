/**
 * The submissions/ folders as problemtools' verifyproblem and the problem package format read
 * them: a folder names a verdict, partially_accepted names a score range, run_time_error takes
 * a memory-limit outcome (the ICPC has no MLE verdict).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetsExpectation, reportedFolder } from './expectation.ts';

const passFail = (verdict: Parameters<typeof meetsExpectation>[1]['verdict']) => ({
  verdict,
  score: null,
  maxScore: null,
});

describe('submissions/<folder> expectations', () => {
  test('run_time_error/ is met by RE and by MLE; memory_limit_exceeded/ only by MLE', () => {
    assert.equal(meetsExpectation('run_time_error', passFail('RE')), true);
    assert.equal(meetsExpectation('run_time_error', passFail('MLE')), true);
    assert.equal(meetsExpectation('run_time_error', passFail('TLE')), false);
    assert.equal(meetsExpectation('memory_limit_exceeded', passFail('MLE')), true);
    assert.equal(meetsExpectation('memory_limit_exceeded', passFail('RE')), false);
    assert.equal(reportedFolder('run_time_error', passFail('MLE')), 'run_time_error');
    assert.equal(reportedFolder('accepted', passFail('MLE')), 'memory_limit_exceeded');
  });

  test('in a scoring problem a failing test is its verdict with a score: WA with points is wrong_answer', () => {
    const waWithPoints = { verdict: 'WA' as const, score: 30, maxScore: 100 };
    assert.equal(meetsExpectation('wrong_answer', waWithPoints), true);
    assert.equal(reportedFolder('wrong_answer', waWithPoints), 'wrong_answer');
    assert.equal(meetsExpectation('accepted', waWithPoints), false);
    const tleWithPoints = { verdict: 'TLE' as const, score: 30, maxScore: 100 };
    assert.equal(meetsExpectation('time_limit_exceeded', tleWithPoints), true);
  });

  test('partially_accepted/ is a score range: more than 0, less than the maximum, any judged verdict', () => {
    assert.equal(meetsExpectation('partially_accepted', { verdict: 'TLE', score: 30, maxScore: 100 }), true);
    assert.equal(meetsExpectation('partially_accepted', { verdict: 'WA', score: 30, maxScore: 100 }), true);
    assert.equal(meetsExpectation('partially_accepted', { verdict: 'AC', score: 60, maxScore: 100 }), true);
    assert.equal(meetsExpectation('partially_accepted', { verdict: 'WA', score: 0, maxScore: 100 }), false);
    assert.equal(meetsExpectation('partially_accepted', { verdict: 'AC', score: 100, maxScore: 100 }), false);
    assert.equal(meetsExpectation('partially_accepted', { verdict: 'CE', score: null, maxScore: 100 }), false);
    assert.equal(meetsExpectation('partially_accepted', passFail('WA')), false);
    assert.equal(reportedFolder('accepted', { verdict: 'AC', score: 60, maxScore: 100 }), 'partially_accepted');
  });

  test('accepted/ needs AC and, in a scoring problem, the full score', () => {
    assert.equal(meetsExpectation('accepted', passFail('AC')), true);
    assert.equal(meetsExpectation('accepted', { verdict: 'AC', score: 100, maxScore: 100 }), true);
    assert.equal(meetsExpectation('accepted', { verdict: 'AC', score: 99, maxScore: 100 }), false);
  });

  test('the other folders name one verdict each; IE meets none', () => {
    assert.equal(meetsExpectation('output_limit_exceeded', passFail('OLE')), true);
    assert.equal(meetsExpectation('compiler_error', passFail('CE')), true);
    assert.equal(meetsExpectation('wrong_answer', passFail('RE')), false);
    assert.equal(reportedFolder('accepted', passFail('IE')), 'judge_error');
  });
});
