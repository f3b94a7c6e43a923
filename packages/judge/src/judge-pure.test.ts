import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultValidate, parseValidatorFlags, ValidatorFlagError } from './default-validator.ts';
import { sampleDiff } from './diff.ts';
import { type GroupScoring, judgeGroup, maxScoreOf, type ScoringGroup } from './scoring.ts';
import { firstFailure, interactiveVerdict, type Verdict, verdictOfRun } from './verdict.ts';

const plain = parseValidatorFlags([]);

describe('default output validator', () => {
  test('whitespace and letter case do not matter by default', () => {
    assert.deepEqual(defaultValidate('1 2\n3\n', '1\n2   3', plain), { accepted: true });
    assert.deepEqual(defaultValidate('Yes\n', 'YES\n', plain), { accepted: true });
    assert.equal(defaultValidate('', '', plain).accepted, true);
  });

  test('case_sensitive', () => {
    const flags = parseValidatorFlags(['case_sensitive']);
    assert.equal(defaultValidate('Yes', 'YES', flags).accepted, false);
    assert.equal(defaultValidate('Yes', 'Yes', flags).accepted, true);
  });

  test('space_change_sensitive', () => {
    const flags = parseValidatorFlags(['space_change_sensitive']);
    assert.equal(defaultValidate('1 2\n', '1  2\n', flags).accepted, false);
    assert.equal(defaultValidate('1 2\n', '1\n2\n', flags).accepted, false);
    assert.equal(defaultValidate('1 2\n', '1 2\n', flags).accepted, true);
    assert.equal(defaultValidate('1 2\n', '1 2', flags).accepted, true, 'a missing final newline is fine');
  });

  test('missing and extra tokens are wrong answers with a clear message', () => {
    const short = defaultValidate('1 2 3', '1 2', plain);
    assert.equal(short.accepted, false);
    assert.match((short as { message: string }).message, /ended early.*"3"/);
    const long = defaultValidate('1 2', '1 2 3', plain);
    assert.match((long as { message: string }).message, /trailing output.*"3"/);
    const wrong = defaultValidate('1\n2\n', '1\n5\n', plain);
    assert.match((wrong as { message: string }).message, /token 2 \(line 2\).*expected "2", got "5"/);
  });

  test('float tolerances: absolute, relative, both', () => {
    const abs = parseValidatorFlags(['float_absolute_tolerance', '1e-6']);
    assert.equal(defaultValidate('0.5', '0.5000009', abs).accepted, true);
    assert.equal(defaultValidate('0.5', '0.500002', abs).accepted, false);
    assert.equal(defaultValidate('1000000', '1000000.5', abs).accepted, false);
    const rel = parseValidatorFlags(['float_relative_tolerance', '1e-6']);
    assert.equal(defaultValidate('1000000', '1000000.5', rel).accepted, true);
    assert.equal(defaultValidate('0.5', '0.500002', rel).accepted, false);
    const both = parseValidatorFlags(['float_tolerance', '1e-6']);
    assert.equal(both.floatAbsoluteTolerance, 1e-6);
    assert.equal(both.floatRelativeTolerance, 1e-6);
    assert.equal(defaultValidate('1e6', '1000000.5', both).accepted, true);
    assert.equal(defaultValidate('2.5', 'abc', both).accepted, false, 'a non-number never matches a number');
    assert.equal(defaultValidate('2.5', 'nan', both).accepted, false);
    assert.equal(defaultValidate('word', 'WORD', both).accepted, true, 'words still compare as words');
  });

  test("bad flags are the author's error", () => {
    assert.throws(() => parseValidatorFlags(['float_tolerance']), ValidatorFlagError);
    assert.throws(() => parseValidatorFlags(['float_tolerance', 'x']), ValidatorFlagError);
    assert.throws(() => parseValidatorFlags(['ignore_case']), /unknown validator flag "ignore_case"/);
  });

  test('large outputs compare quickly', () => {
    const numbers = Array.from({ length: 500_000 }, (_, i) => String(i)).join('\n');
    const started = performance.now();
    assert.equal(defaultValidate(numbers, numbers, plain).accepted, true);
    assert.ok(performance.now() - started < 5_000);
  });
});

describe('verdicts', () => {
  const run = (status: Parameters<typeof verdictOfRun>[0]['status'], stderr = '') => ({ status, stderr });
  test('each sandbox status maps to one verdict', () => {
    assert.equal(verdictOfRun(run('ok')), null);
    assert.equal(verdictOfRun(run('time-limit')), 'TLE');
    assert.equal(verdictOfRun(run('wall-time-limit')), 'TLE');
    assert.equal(verdictOfRun(run('memory-limit')), 'MLE');
    assert.equal(verdictOfRun(run('output-limit')), 'OLE');
    assert.equal(verdictOfRun(run('runtime-error')), 'RE');
    assert.equal(verdictOfRun(run('signaled')), 'RE');
  });

  test("a runtime's own out-of-memory crash is MLE", () => {
    assert.equal(
      verdictOfRun(run('runtime-error', 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space')),
      'MLE',
    );
    assert.equal(verdictOfRun(run('runtime-error', 'Traceback...\nMemoryError\n')), 'MLE');
    assert.equal(
      verdictOfRun(run('signaled', "terminate called after throwing an instance of 'std::bad_alloc'")),
      'MLE',
    );
    assert.equal(verdictOfRun(run('runtime-error', 'IndexError: list index out of range')), 'RE');
  });

  test("interactive: a validator's early WA wins; otherwise the submission's own failure does", () => {
    const sub = (status: Parameters<typeof verdictOfRun>[0]['status'], signal: string | null = null) => ({
      status,
      stderr: '',
      signal,
    });
    // the submission ended first (or both at once)
    assert.equal(interactiveVerdict(sub('ok'), 'AC', false), 'AC');
    assert.equal(interactiveVerdict(sub('ok'), 'WA', false), 'WA');
    assert.equal(interactiveVerdict(sub('time-limit'), 'WA', false), 'TLE');
    assert.equal(interactiveVerdict(sub('wall-time-limit'), 'AC', false), 'TLE');
    assert.equal(interactiveVerdict(sub('signaled', 'SIGSEGV'), 'WA', false), 'RE');
    assert.equal(interactiveVerdict(sub('runtime-error'), 'AC', false), 'RE');
    assert.equal(interactiveVerdict(sub('memory-limit'), 'WA', false), 'MLE');
    // the validator rejected first: the submission's later crash on the closed pipe does not count
    assert.equal(interactiveVerdict(sub('signaled', 'SIGPIPE'), 'WA', true), 'WA');
    assert.equal(interactiveVerdict(sub('runtime-error'), 'WA', true), 'WA');
    assert.equal(interactiveVerdict(sub('time-limit'), 'WA', true), 'WA');
    // an accepting validator that ended first still needs the submission to end well
    assert.equal(interactiveVerdict(sub('runtime-error'), 'AC', true), 'RE');
    assert.equal(interactiveVerdict(sub('ok'), 'IE', true), 'IE');
  });

  test('the first failing test decides', () => {
    assert.equal(firstFailure(['AC', 'AC']), 'AC');
    assert.equal(firstFailure(['AC', 'TLE', 'WA']), 'TLE');
    assert.equal(firstFailure([]), 'AC');
  });
});

describe('scoring groups', () => {
  const scoring = (over: Partial<GroupScoring> = {}): GroupScoring => ({
    onReject: 'break',
    acceptScore: 1,
    rejectScore: 0,
    range: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
    aggregation: 'sum',
    ...over,
  });
  const group = (
    name: string,
    cases: Verdict[],
    over: Partial<GroupScoring> = {},
    groups: ScoringGroup<Verdict>[] = [],
  ) => ({
    name,
    scoring: scoring(over),
    cases,
    groups,
  });
  const judgeAll = (root: ScoringGroup<Verdict>, seen: Verdict[] = []) =>
    judgeGroup(
      root,
      async (verdict) => {
        seen.push(verdict);
        return verdict;
      },
      () => false,
    );

  test('sum of case scores, clamped by range', async () => {
    const result = await judgeAll(
      group('g', ['AC', 'AC', 'AC'], { acceptScore: 10, range: [0, 25], onReject: 'continue' }),
    );
    assert.equal(result.score, 25);
    assert.equal(result.maxScore, 25);
    assert.equal(result.verdict, 'AC');
  });

  test('min aggregation: a subtask is all or nothing', async () => {
    const result = await judgeAll(
      group('g', ['AC', 'WA', 'AC'], { acceptScore: 30, aggregation: 'min', onReject: 'continue' }),
    );
    assert.equal(result.score, 0);
    assert.equal(result.verdict, 'WA');
    assert.equal(result.judged, 3);
  });

  test('on_reject break stops the group; continue goes on', async () => {
    const seen: Verdict[] = [];
    const broke = await judgeAll(group('g', ['AC', 'TLE', 'AC', 'AC'], { onReject: 'break' }), seen);
    assert.equal(broke.judged, 2);
    assert.equal(broke.score, 1);
    assert.equal(broke.verdict, 'TLE');
    const went = await judgeAll(group('g', ['AC', 'TLE', 'AC', 'AC'], { onReject: 'continue' }));
    assert.equal(went.judged, 4);
    assert.equal(went.score, 3);
  });

  test('nested groups: subtasks of a secret group', async () => {
    const root = group('secret', [], { onReject: 'continue' }, [
      group('secret/g1', ['AC', 'AC'], { acceptScore: 20, aggregation: 'min' }),
      group('secret/g2', ['AC', 'WA'], { acceptScore: 30, aggregation: 'min' }),
      group('secret/g3', ['AC'], { acceptScore: 50, aggregation: 'min' }),
    ]);
    const result = await judgeAll(root);
    assert.equal(result.score, 70);
    assert.equal(result.maxScore, 100);
    assert.equal(result.verdict, 'WA');
    assert.deepEqual(
      result.groups.map((g) => [g.name, g.score, g.verdict]),
      [
        ['secret/g1', 20, 'AC'],
        ['secret/g2', 0, 'WA'],
        ['secret/g3', 50, 'AC'],
      ],
    );
    assert.equal(maxScoreOf(root), 100);
  });

  test('stop() ends judging at once', async () => {
    let count = 0;
    const result = await judgeGroup(
      group('g', ['AC', 'WA', 'AC'], { onReject: 'continue' }),
      async (v) => {
        count++;
        return v;
      },
      () => count >= 2,
    );
    assert.equal(result.judged, 2);
  });
});

describe('sample diff', () => {
  test('points at the first differing line with context', () => {
    const diff = sampleDiff('1\n2\n3\n4\n5\n', '1\n2\n3\nX\n5\n');
    assert.deepEqual(diff, { line: 4, fromLine: 2, expected: ['2', '3', '4', '5'], got: ['2', '3', 'X', '5'] });
    assert.equal(sampleDiff('a \nb\n', 'a\nb'), null);
    assert.equal(sampleDiff('a\n', 'a\nextra\n')?.line, 2);
  });
});
