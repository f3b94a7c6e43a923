import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Store, StoreNotFoundError } from '../types.ts';
import { DAY_MS, HOUR_MS, type MakeStore, makeUser, problemInput, verdictResult, withStore } from './harness.ts';

async function statusOf(store: Store, userId: string, problemId: string) {
  return (await store.getProgress(userId)).problems.find((entry) => entry.problemId === problemId)?.status;
}

export function progressContract(makeStore: MakeStore): void {
  describe('progress', () => {
    test(
      'submitting starts a problem and an AC completes it, never undone by a submission',
      withStore(makeStore, async ({ store, clock }) => {
        const user = await makeUser(store, 'ada');
        await store.upsertProblem(problemInput('p'));
        assert.deepEqual((await store.getProgress(user.id)).problems, []);
        const submit = async () =>
          (await store.createSubmission({ userId: user.id, problemId: 'p', language: 'c', code: '' })).submission;

        const first = await submit();
        assert.deepEqual((await store.getProgress(user.id)).problems, [
          { problemId: 'p', status: 'in_progress', updatedAt: clock.now() },
        ]);
        await store.finishSubmission(first.id, verdictResult('WA'));
        assert.equal(await statusOf(store, user.id, 'p'), 'in_progress');

        clock.advance(HOUR_MS);
        const second = await submit();
        await store.finishSubmission(second.id, verdictResult('AC'));
        assert.deepEqual((await store.getProgress(user.id)).problems, [
          { problemId: 'p', status: 'completed', updatedAt: clock.now() },
        ]);
        clock.advance(HOUR_MS);
        const third = await submit();
        assert.equal(await statusOf(store, user.id, 'p'), 'completed');
        await store.finishSubmission(third.id, verdictResult('WA'));
        assert.equal(await statusOf(store, user.id, 'p'), 'completed');
      }),
    );

    test(
      'setProgress sets any status; a submission moves not_started on',
      withStore(makeStore, async ({ store }) => {
        const user = await makeUser(store, 'ada');
        await store.upsertProblem(problemInput('p'));
        await store.setProgress(user.id, 'p', 'completed');
        assert.equal(await statusOf(store, user.id, 'p'), 'completed');
        await store.setProgress(user.id, 'p', 'not_started');
        assert.equal(await statusOf(store, user.id, 'p'), 'not_started');
        await store.createSubmission({ userId: user.id, problemId: 'p', language: 'c', code: '' });
        assert.equal(await statusOf(store, user.id, 'p'), 'in_progress');
        await assert.rejects(store.setProgress(user.id, 'nope', 'completed'), StoreNotFoundError);
      }),
    );

    test(
      'solved problems by difficulty and topic',
      withStore(makeStore, async ({ store }) => {
        const user = await makeUser(store, 'ada');
        const other = await makeUser(store, 'bob');
        await store.upsertProblem(problemInput('e1', { difficulty: 'easy', topics: ['arrays', 'math'] }));
        await store.upsertProblem(problemInput('e2', { difficulty: 'easy', topics: ['arrays'] }));
        await store.upsertProblem(problemInput('h1', { difficulty: 'hard', topics: ['graphs'] }));
        await store.upsertProblem(problemInput('m1', { difficulty: 'medium', topics: ['dp'] }));
        await store.setProgress(user.id, 'e1', 'completed');
        await store.setProgress(user.id, 'e2', 'completed');
        await store.setProgress(user.id, 'h1', 'completed');
        await store.setProgress(user.id, 'm1', 'in_progress');
        await store.setProgress(other.id, 'm1', 'completed');
        const mine = await store.getProgress(user.id);
        assert.deepEqual(mine.solvedByDifficulty, { easy: 2, medium: 0, hard: 1 });
        assert.deepEqual(mine.solvedByTopic, { arrays: 2, math: 1, graphs: 1 });
        assert.equal(mine.problems.length, 4);
        const nobody = await store.getProgress('usr_missing');
        assert.deepEqual(nobody, {
          problems: [],
          solvedByDifficulty: { easy: 0, medium: 0, hard: 0 },
          solvedByTopic: {},
          streakDays: 0,
          activity: [],
        });
      }),
    );

    test(
      'streak and activity count UTC days with submissions',
      withStore(makeStore, async ({ store, clock }) => {
        const user = await makeUser(store, 'ada');
        await store.upsertProblem(problemInput('p'));
        const submitAt = async (iso: string, verdict?: 'AC' | 'WA') => {
          clock.set(iso);
          const { submission } = await store.createSubmission({
            userId: user.id,
            problemId: 'p',
            language: 'c',
            code: '',
          });
          if (verdict) await store.finishSubmission(submission.id, verdictResult(verdict));
        };
        await submitAt('2023-06-01T12:00:00.000Z'); // more than a year ago: no activity entry
        await submitAt('2025-03-01T10:00:00.000Z', 'WA'); // an older run of days
        await submitAt('2025-03-02T10:00:00.000Z');
        await submitAt('2025-03-07T00:00:00.000Z', 'AC'); // the current run: the 7th, 8th and 9th
        await submitAt('2025-03-08T23:59:59.999Z', 'WA');
        await submitAt('2025-03-09T00:30:00.000Z', 'AC');
        await submitAt('2025-03-09T22:00:00.000Z', 'WA');

        clock.set('2025-03-09T23:00:00.000Z');
        const today = await store.getProgress(user.id);
        assert.equal(today.streakDays, 3);
        assert.deepEqual(today.activity, [
          { day: '2025-03-01', submissions: 1, accepted: 0 },
          { day: '2025-03-02', submissions: 1, accepted: 0 },
          { day: '2025-03-07', submissions: 1, accepted: 1 },
          { day: '2025-03-08', submissions: 1, accepted: 0 },
          { day: '2025-03-09', submissions: 2, accepted: 1 },
        ]);

        clock.set('2025-03-10T08:00:00.000Z');
        assert.equal((await store.getProgress(user.id)).streakDays, 3, 'nothing yet today: the streak ends yesterday');
        clock.advance(DAY_MS);
        assert.equal((await store.getProgress(user.id)).streakDays, 0, 'a day without submissions breaks it');

        clock.set('2023-05-31T12:00:00.000Z');
        assert.deepEqual((await store.getProgress(user.id)).activity, [], 'later days are not activity yet');
        clock.set('2026-03-01T12:00:00.000Z');
        assert.deepEqual(
          (await store.getProgress(user.id)).activity.map((entry) => entry.day),
          ['2025-03-02', '2025-03-07', '2025-03-08', '2025-03-09'],
          'the last 365 days, today included: 2025-03-02 is the 365th, 2025-03-01 the 366th',
        );
      }),
    );
  });
}
