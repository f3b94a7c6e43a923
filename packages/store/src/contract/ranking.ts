import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RUNTIME_BUCKETS, type Store, type Verdict } from '../types.ts';
import { type MakeStore, makeUser, problemInput, verdictResult, withStore } from './harness.ts';

/** A finished submission of `userId` with the given runtime. */
async function judged(
  store: Store,
  options: { userId: string; problemId?: string; language?: string; verdict?: Verdict; cpuMs: number | null },
): Promise<void> {
  const { submission } = await store.createSubmission({
    userId: options.userId,
    problemId: options.problemId ?? 'p',
    language: options.language ?? 'python3',
    code: '',
  });
  await store.finishSubmission(submission.id, verdictResult(options.verdict ?? 'AC', { cpuMs: options.cpuMs }));
}

export function rankingContract(makeStore: MakeStore): void {
  describe('runtime distribution', () => {
    test(
      'counts AC submissions of the problem in the language only; each of one user counts',
      withStore(makeStore, async ({ store }) => {
        const ada = await makeUser(store, 'ada');
        const bob = await makeUser(store, 'bob');
        await store.upsertProblem(problemInput('p'));
        await store.upsertProblem(problemInput('q'));
        for (const cpuMs of [10, 20, 20, 30]) await judged(store, { userId: ada.id, cpuMs });
        await judged(store, { userId: bob.id, cpuMs: 40 });
        await judged(store, { userId: bob.id, cpuMs: 5, verdict: 'WA' });
        await judged(store, { userId: bob.id, cpuMs: 1, language: 'cpp17' });
        await judged(store, { userId: bob.id, cpuMs: 1, problemId: 'q' });
        await store.createSubmission({ userId: bob.id, problemId: 'p', language: 'python3', code: '' });

        const at20 = await store.getRuntimeDistribution({ problemId: 'p', language: 'python3', runtimeMs: 20 });
        assert.equal(at20.acceptedCount, 5);
        assert.equal(at20.slowerCount, 2, 'strictly slower: 30 and 40, not the other 20');
        // 10..40 is 31 ms: buckets of 2 ms
        assert.equal(at20.histogram.length, 16);
        assert.ok(at20.histogram.length <= RUNTIME_BUCKETS);
        assert.deepEqual(at20.histogram[0], { fromMs: 10, toMs: 12, count: 1 });
        assert.deepEqual(at20.histogram[5], { fromMs: 20, toMs: 22, count: 2 });
        assert.deepEqual(at20.histogram[10], { fromMs: 30, toMs: 32, count: 1 });
        assert.deepEqual(at20.histogram[15], { fromMs: 40, toMs: 42, count: 1 });
        assert.equal(
          at20.histogram.reduce((sum, bucket) => sum + bucket.count, 0),
          5,
        );
        for (const [index, bucket] of at20.histogram.entries()) {
          assert.equal(bucket.toMs - bucket.fromMs, 2, `bucket ${index} has the common width`);
        }
        assert.equal(at20.bucket, 5);

        const fastest = await store.getRuntimeDistribution({ problemId: 'p', language: 'python3', runtimeMs: 10 });
        assert.equal(fastest.slowerCount, 4);
        assert.equal(fastest.bucket, 0);
        const slowest = await store.getRuntimeDistribution({ problemId: 'p', language: 'python3', runtimeMs: 40 });
        assert.equal(slowest.slowerCount, 0);
        assert.equal(slowest.bucket, 15);
        const outside = await store.getRuntimeDistribution({ problemId: 'p', language: 'python3', runtimeMs: 41 });
        assert.equal(outside.bucket, 15, '41 is inside the last bucket (40..42)');
        const beyond = await store.getRuntimeDistribution({ problemId: 'p', language: 'python3', runtimeMs: 99 });
        assert.equal(beyond.bucket, null);
      }),
    );

    test(
      'a wide spread gets RUNTIME_BUCKETS buckets of one width; equal runtimes get one bucket',
      withStore(makeStore, async ({ store }) => {
        const ada = await makeUser(store, 'ada');
        await store.upsertProblem(problemInput('p'));
        await store.upsertProblem(problemInput('q'));
        for (const cpuMs of [0, 7, 500, 999, 1000]) await judged(store, { userId: ada.id, cpuMs });
        const wide = await store.getRuntimeDistribution({ problemId: 'p', language: 'python3', runtimeMs: 500 });
        assert.equal(wide.histogram.length, RUNTIME_BUCKETS);
        assert.deepEqual(wide.histogram[0], { fromMs: 0, toMs: 51, count: 2 });
        assert.deepEqual(wide.histogram.at(-1), { fromMs: 969, toMs: 1020, count: 2 });
        assert.equal(wide.bucket, 9);
        assert.equal(wide.histogram[9]?.count, 1);

        for (let i = 0; i < 3; i++) await judged(store, { userId: ada.id, problemId: 'q', cpuMs: 12 });
        await judged(store, { userId: ada.id, problemId: 'q', cpuMs: null });
        const equal = await store.getRuntimeDistribution({ problemId: 'q', language: 'python3', runtimeMs: 12 });
        assert.equal(equal.acceptedCount, 4, 'an AC without a runtime counts as 0 ms');
        assert.deepEqual(equal.histogram, [
          { fromMs: 0, toMs: 1, count: 1 },
          ...Array.from({ length: 11 }, (_, index) => ({ fromMs: index + 1, toMs: index + 2, count: 0 })),
          { fromMs: 12, toMs: 13, count: 3 },
        ]);

        await store.upsertProblem(problemInput('r'));
        for (let i = 0; i < 3; i++) await judged(store, { userId: ada.id, problemId: 'r', cpuMs: 12 });
        const same = await store.getRuntimeDistribution({ problemId: 'r', language: 'python3', runtimeMs: 12 });
        assert.deepEqual(same, {
          acceptedCount: 3,
          slowerCount: 0,
          histogram: [{ fromMs: 12, toMs: 13, count: 3 }],
          bucket: 0,
        });
      }),
    );

    test(
      'nothing accepted: no buckets',
      withStore(makeStore, async ({ store }) => {
        assert.deepEqual(await store.getRuntimeDistribution({ problemId: 'nope', language: 'c', runtimeMs: 3 }), {
          acceptedCount: 0,
          slowerCount: 0,
          histogram: [],
          bucket: null,
        });
      }),
    );
  });
}
