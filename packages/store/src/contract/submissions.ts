import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { StoreNotFoundError } from '../types.ts';
import { HOUR_MS, type MakeStore, makeUser, problemInput, submitted, verdictResult, withStore } from './harness.ts';

export function submissionsContract(makeStore: MakeStore): void {
  describe('submissions', () => {
    test(
      'createSubmission queues a submission with empty results',
      withStore(makeStore, async ({ store, clock }) => {
        const user = await makeUser(store, 'ada');
        await store.upsertProblem(problemInput('two-sum'));
        const { submission, created } = await store.createSubmission({
          userId: user.id,
          problemId: 'two-sum',
          language: 'python3',
          code: 'print("ünïcödé")\n',
        });
        assert.equal(created, true);
        assert.match(submission.id, /^sub_[A-Za-z0-9_-]{20}$/);
        assert.deepEqual(submission, {
          id: submission.id,
          userId: user.id,
          problemId: 'two-sum',
          language: 'python3',
          code: 'print("ünïcödé")\n',
          state: 'queued',
          verdict: null,
          score: null,
          maxScore: null,
          testsDone: 0,
          testsTotal: null,
          cpuMs: null,
          memoryKb: null,
          results: [],
          compileOutput: null,
          message: null,
          attempts: 0,
          idempotencyKey: null,
          createdAt: clock.now(),
          finishedAt: null,
        });
        assert.deepEqual(await store.getSubmission(submission.id), submission);
        assert.equal(await store.getSubmission('sub_missing'), undefined);
        const missing = (pattern: RegExp) => (error: unknown) =>
          error instanceof StoreNotFoundError && pattern.test(error.message);
        const base = { userId: user.id, problemId: 'two-sum', language: 'c', code: '' };
        await assert.rejects(
          store.createSubmission({ ...base, problemId: 'nope' }),
          missing(/^problem nope does not exist$/),
        );
        await assert.rejects(
          store.createSubmission({ ...base, userId: 'usr_nope' }),
          missing(/^user usr_nope does not exist$/),
        );
      }),
    );

    test(
      'the same idempotency key of the same user returns the first submission',
      withStore(makeStore, async ({ store }) => {
        const ada = await makeUser(store, 'ada');
        const bob = await makeUser(store, 'bob');
        await store.upsertProblem(problemInput('p'));
        const input = { userId: ada.id, problemId: 'p', language: 'c', code: 'int main(){}', idempotencyKey: 'k-1' };
        const first = await store.createSubmission(input);
        const again = await store.createSubmission({ ...input, code: 'different' });
        assert.equal(again.created, false);
        assert.deepEqual(again.submission, first.submission);
        const otherUser = await store.createSubmission({ ...input, userId: bob.id });
        assert.equal(otherUser.created, true, 'keys are per user');
        const withoutKey = { userId: ada.id, problemId: 'p', language: 'c', code: '' };
        const a = await store.createSubmission(withoutKey);
        const b = await store.createSubmission(withoutKey);
        assert.equal(a.created && b.created, true, 'no key, no deduplication');
        assert.notEqual(a.submission.id, b.submission.id);

        const racing = await Promise.all(
          [1, 2, 3].map(() => store.createSubmission({ ...input, idempotencyKey: 'k-race' })),
        );
        assert.equal(racing.filter((outcome) => outcome.created).length, 1, 'concurrent requests create one');
        assert.equal(new Set(racing.map((outcome) => outcome.submission.id)).size, 1);
      }),
    );

    test(
      'listSubmissions: newest first, by user or problem, paged by time',
      withStore(makeStore, async ({ store, clock }) => {
        const ada = await makeUser(store, 'ada');
        const bob = await makeUser(store, 'bob');
        await store.upsertProblem(problemInput('p'));
        await store.upsertProblem(problemInput('q'));
        const made: Record<string, string> = {};
        for (const [label, userId, problemId] of [
          ['ada-p-1', ada.id, 'p'],
          ['bob-p-1', bob.id, 'p'],
          ['ada-q-1', ada.id, 'q'],
          ['ada-p-2', ada.id, 'p'],
        ] as const) {
          clock.advance(1000);
          made[label] = (await store.createSubmission({ userId, problemId, language: 'c', code: label })).submission.id;
        }
        const codes = (list: { code: string }[]) => list.map((submission) => submission.code);
        assert.deepEqual(codes(await store.listSubmissions({})), ['ada-p-2', 'ada-q-1', 'bob-p-1', 'ada-p-1']);
        assert.deepEqual(codes(await store.listSubmissions({ userId: ada.id })), ['ada-p-2', 'ada-q-1', 'ada-p-1']);
        assert.deepEqual(codes(await store.listSubmissions({ problemId: 'p' })), ['ada-p-2', 'bob-p-1', 'ada-p-1']);
        assert.deepEqual(codes(await store.listSubmissions({ userId: ada.id, problemId: 'p', limit: 1 })), ['ada-p-2']);
        const newest = await store.getSubmission(made['ada-q-1']!);
        assert.deepEqual(codes(await store.listSubmissions({ userId: ada.id, before: newest!.createdAt })), [
          'ada-p-1',
        ]);
        assert.deepEqual(await store.listSubmissions({ userId: 'usr_missing' }), []);
      }),
    );

    test(
      'a worker takes, advances and finishes a submission',
      withStore(makeStore, async ({ store, clock }) => {
        const { user, submission } = await submitted(store);
        assert.equal(await store.countActiveSubmissions(user.id), 1);

        const taken = await store.markSubmissionTaken(submission.id);
        assert.equal(taken?.state, 'compiling');
        assert.equal(taken?.attempts, 1);
        assert.equal((await store.markSubmissionTaken(submission.id))?.attempts, 2, 'a redelivery counts');
        assert.equal(await store.markSubmissionTaken('sub_missing'), undefined);

        await store.updateSubmissionProgress(submission.id, { state: 'running', testsTotal: 5 });
        await store.updateSubmissionProgress(submission.id, { testsDone: 3 });
        await store.updateSubmissionProgress(submission.id, {});
        const running = await store.getSubmission(submission.id);
        assert.deepEqual([running?.state, running?.testsDone, running?.testsTotal], ['running', 3, 5]);

        clock.advance(HOUR_MS);
        const result = verdictResult('WA', {
          score: 40.5,
          maxScore: 100,
          cpuMs: 31,
          memoryKb: 9000,
          message: 'wrong answer on test 4',
          results: [
            { name: '1', group: 'sample', verdict: 'AC', cpuMs: 10, memoryKb: 9000, message: null },
            { name: '2', group: 'secret/g1', verdict: 'AC', cpuMs: 31, memoryKb: 100, message: null },
            { name: '3', group: 'secret/g1', verdict: 'AC', cpuMs: 1, memoryKb: 100, message: null },
            { name: '4', group: 'secret/g2', verdict: 'WA', cpuMs: 1, memoryKb: 100, message: 'expected 3, got 4' },
          ],
        });
        const finished = await store.finishSubmission(submission.id, result);
        assert.deepEqual(finished, {
          ...running!,
          ...result,
          state: 'done',
          testsDone: 4,
          finishedAt: clock.now(),
        });
        assert.deepEqual(await store.getSubmission(submission.id), finished);
        assert.equal(await store.countActiveSubmissions(user.id), 0);
      }),
    );

    test(
      'only the first finish counts, and a done submission stays done',
      withStore(makeStore, async ({ store, clock }) => {
        const { submission } = await submitted(store);
        const first = await store.finishSubmission(submission.id, verdictResult('TLE'));
        clock.advance(HOUR_MS);
        const second = await store.finishSubmission(submission.id, verdictResult('AC'));
        assert.deepEqual(second, first);
        assert.deepEqual(
          await store.markSubmissionTaken(submission.id),
          first,
          'taking a done submission changes nothing',
        );
        await store.updateSubmissionProgress(submission.id, { state: 'running', testsDone: 0 });
        assert.deepEqual(await store.getSubmission(submission.id), first);
        await assert.rejects(store.finishSubmission('sub_missing', verdictResult('AC')), StoreNotFoundError);
      }),
    );

    test(
      "a program's output with NUL is stored with U+FFFD in its place",
      withStore(makeStore, async ({ store }) => {
        const { submission } = await submitted(store);
        const test1 = {
          name: '1',
          group: 'secret',
          verdict: 'WA' as const,
          cpuMs: 1,
          memoryKb: 1,
          message: 'got a\u0000b',
        };
        const finished = await store.finishSubmission(
          submission.id,
          verdictResult('WA', { results: [test1], compileOutput: 'warn\u0000', message: '\u0000' }),
        );
        assert.equal(finished.compileOutput, 'warn\uFFFD');
        assert.equal(finished.message, '\uFFFD');
        assert.equal(finished.results[0]?.message, 'got a\uFFFDb');
        assert.deepEqual(await store.getSubmission(submission.id), finished);
      }),
    );

    test(
      'of concurrent finishes exactly one stores, and the problem counts it once',
      withStore(makeStore, async ({ store }) => {
        const { submission } = await submitted(store);
        const finishes = await Promise.all(
          (['AC', 'WA', 'TLE', 'AC', 'RE'] as const).map((verdict) =>
            store.finishSubmissionOnce(submission.id, verdictResult(verdict)),
          ),
        );
        const stored = finishes.filter((finish) => finish.stored);
        assert.equal(stored.length, 1, 'one call stores the verdict');
        const kept = await store.getSubmission(submission.id);
        assert.deepEqual(stored[0]?.submission, kept);
        for (const finish of finishes)
          assert.deepEqual(finish.submission, kept, 'every caller sees the stored verdict');
        const again = await store.finishSubmissionOnce(submission.id, verdictResult('AC'));
        assert.deepEqual(again, { submission: kept, stored: false });
        await assert.rejects(store.finishSubmissionOnce('sub_missing', verdictResult('AC')), StoreNotFoundError);
        const { items } = await store.listProblems({ text: submission.problemId });
        const problem = items.find((item) => item.id === submission.problemId);
        assert.equal(problem?.acceptance, kept?.verdict === 'AC' ? 1 : 0, 'one finished submission, counted once');
      }),
    );

    test(
      'active and unfinished submissions',
      withStore(makeStore, async ({ store, clock }) => {
        const ada = await makeUser(store, 'ada');
        const bob = await makeUser(store, 'bob');
        await store.upsertProblem(problemInput('p'));
        const create = async (userId: string) => {
          clock.advance(1000);
          return (await store.createSubmission({ userId, problemId: 'p', language: 'c', code: '' })).submission;
        };
        const a1 = await create(ada.id);
        const b1 = await create(bob.id);
        const a2 = await create(ada.id);
        const a3 = await create(ada.id);
        await store.markSubmissionTaken(a2.id);
        await store.finishSubmission(a3.id, verdictResult('CE', { results: [], compileOutput: 'error: expected ;' }));
        assert.equal(await store.countActiveSubmissions(ada.id), 2);
        assert.equal(await store.countActiveSubmissions(bob.id), 1);
        assert.equal(await store.countActiveSubmissions('usr_missing'), 0);
        const unfinished = await store.listUnfinishedSubmissions();
        assert.deepEqual(
          unfinished.map((submission) => submission.id),
          [a1.id, b1.id, a2.id],
          'oldest first',
        );
        assert.equal(unfinished[2]?.state, 'compiling');
        const compileError = await store.getSubmission(a3.id);
        assert.equal(compileError?.compileOutput, 'error: expected ;');
        assert.equal(compileError?.testsDone, 0);
      }),
    );
  });
}
