import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ProblemFilter, type Store, StoreNotFoundError } from '../types.ts';
import { HOUR_MS, type MakeStore, makeUser, problemInput, verdictResult, withStore } from './harness.ts';

async function ids(store: Store, filter: ProblemFilter): Promise<string[]> {
  return (await store.listProblems(filter)).items.map((item) => item.id);
}

/** Four problems that differ in every filtered field. */
async function catalog(store: Store): Promise<void> {
  await store.upsertProblem(problemInput('a-plus-b', { title: 'A plus B', difficulty: 'easy', topics: ['math'] }));
  await store.upsertProblem(
    problemInput('two-sum', { title: 'Two Sum', difficulty: 'medium', topics: ['arrays', 'hashing'] }),
  );
  await store.upsertProblem(
    problemInput('graph-paths', {
      title: 'Count Paths',
      difficulty: 'hard',
      topics: ['graphs'],
      statementMd: 'Count the 100% DISTINCT routes.',
    }),
  );
  await store.upsertProblem(
    problemInput('draft', { title: 'Battleships', difficulty: 'easy', topics: ['arrays'], published: false }),
  );
}

export function problemsContract(makeStore: MakeStore): void {
  describe('problems', () => {
    test(
      'upsertProblem creates at version 1 and reads back every field',
      withStore(makeStore, async ({ store, clock }) => {
        const author = await makeUser(store, 'setter', 'author');
        const input = problemInput('two-sum', {
          topics: ['arrays', 'hashing'],
          kind: 'function',
          authorId: author.id,
          meta: {
            samples: [{ input: '[2,7]', output: '[0,1]' }],
            starter: { python3: 'def f():\n  pass' },
            n: 1.5,
            none: null,
          },
        });
        const { problem, changed } = await store.upsertProblem(input);
        assert.equal(changed, true);
        assert.deepEqual(problem, { ...input, version: 1, createdAt: clock.now(), updatedAt: clock.now() });
        assert.deepEqual(await store.getProblem('two-sum'), problem);
        assert.equal(await store.getProblem('missing'), undefined);
        await assert.rejects(
          store.upsertProblem(problemInput('orphan', { authorId: 'usr_nope' })),
          (error: unknown) => error instanceof StoreNotFoundError && error.message === 'author usr_nope does not exist',
        );
      }),
    );

    test(
      'the version moves only when something changed',
      withStore(makeStore, async ({ store, clock }) => {
        const created = clock.now();
        const first = await store.upsertProblem(problemInput('p', { meta: { a: 1, b: { c: [1, 2], d: 'x' } } }));
        clock.advance(HOUR_MS);
        const same = await store.upsertProblem(problemInput('p', { meta: { b: { d: 'x', c: [1, 2] }, a: 1 } }));
        assert.equal(same.changed, false, 'the same problem with its meta keys in another order is unchanged');
        assert.deepEqual(same.problem, first.problem);

        const retitled = await store.upsertProblem(
          problemInput('p', { title: 'New title', meta: { a: 1, b: { c: [1, 2], d: 'x' } } }),
        );
        assert.equal(retitled.changed, true);
        assert.equal(retitled.problem.version, 2);
        assert.deepEqual(retitled.problem.createdAt, created);
        assert.deepEqual(retitled.problem.updatedAt, clock.now());

        for (const [field, value] of [
          ['topics', ['arrays', 'dp']],
          ['meta', { a: 2 }],
          ['packageHash', 'sha256-new'],
          ['timeLimitMs', 2000],
        ] as const) {
          const { changed, problem } = await store.upsertProblem({ ...retitled.problem, [field]: value });
          assert.equal(changed, true, `changing ${field} is a change`);
          assert.deepEqual(problem[field], value);
        }
        assert.equal((await store.getProblem('p'))?.version, 6);
      }),
    );

    test(
      'concurrent upserts of one new problem create it once',
      withStore(makeStore, async ({ store }) => {
        const outcomes = await Promise.all([
          store.upsertProblem(problemInput('p')),
          store.upsertProblem(problemInput('p')),
        ]);
        assert.deepEqual(outcomes.map((outcome) => outcome.changed).sort(), [false, true]);
        assert.equal((await store.getProblem('p'))?.version, 1);
      }),
    );

    test(
      'setProblemPublished toggles publication',
      withStore(makeStore, async ({ store, clock }) => {
        await store.upsertProblem(problemInput('p', { published: false }));
        clock.advance(HOUR_MS);
        const published = await store.setProblemPublished('p', true);
        assert.equal(published?.published, true);
        assert.equal(published?.version, 2);
        assert.deepEqual(published?.updatedAt, clock.now());
        const again = await store.setProblemPublished('p', true);
        assert.equal(again?.version, 2, 'publishing a published problem changes nothing');
        assert.equal((await store.setProblemPublished('p', false))?.published, false);
        assert.equal(await store.setProblemPublished('missing', true), undefined);
      }),
    );
  });

  describe('listProblems', () => {
    test(
      'filters by difficulty, topic, text and publication',
      withStore(makeStore, async ({ store }) => {
        await catalog(store);
        assert.deepEqual(await ids(store, {}), ['a-plus-b', 'draft', 'graph-paths', 'two-sum']);
        assert.deepEqual(await ids(store, { publishedOnly: true }), ['a-plus-b', 'graph-paths', 'two-sum']);
        assert.deepEqual(await ids(store, { difficulty: 'easy' }), ['a-plus-b', 'draft']);
        assert.deepEqual(await ids(store, { topic: 'arrays' }), ['draft', 'two-sum']);
        assert.deepEqual(await ids(store, { topic: 'arr' }), []);
        assert.deepEqual(await ids(store, { text: 'SUM' }), ['two-sum'], 'title, any case');
        assert.deepEqual(await ids(store, { text: 'distinct' }), ['graph-paths'], 'statement');
        assert.deepEqual(await ids(store, { text: 'graph-' }), ['graph-paths'], 'id');
        assert.deepEqual(await ids(store, { text: '100%' }), ['graph-paths'], '% is literal');
        assert.deepEqual(await ids(store, { text: '_' }), [], '_ is literal');
        assert.deepEqual(await ids(store, { difficulty: 'easy', topic: 'arrays', publishedOnly: true }), []);
      }),
    );

    test(
      'sorts, pages and counts',
      withStore(makeStore, async ({ store }) => {
        await catalog(store);
        assert.deepEqual(await ids(store, { sort: 'title' }), ['a-plus-b', 'draft', 'graph-paths', 'two-sum']);
        assert.deepEqual(await ids(store, { sort: 'difficulty' }), ['a-plus-b', 'draft', 'two-sum', 'graph-paths']);
        const page = await store.listProblems({ sort: 'id', limit: 2, offset: 1 });
        assert.deepEqual(
          page.items.map((item) => item.id),
          ['draft', 'graph-paths'],
        );
        assert.equal(page.total, 4);
        const filtered = await store.listProblems({ difficulty: 'easy', limit: 1 });
        assert.equal(filtered.items.length, 1);
        assert.equal(filtered.total, 2);
        assert.deepEqual(await store.listProblems({ offset: 10 }), { items: [], total: 4 });
        const [item] = page.items;
        assert.ok(item && !('statementMd' in item) && !('meta' in item), 'list items leave out the statement and meta');
        assert.equal(item?.title, 'Battleships');
      }),
    );

    test(
      'reports acceptance, submission counts and the user status',
      withStore(makeStore, async ({ store }) => {
        await catalog(store);
        const ada = await makeUser(store, 'ada');
        const bob = await makeUser(store, 'bob');
        const submit = async (userId: string, problemId: string, verdict?: 'AC' | 'WA') => {
          const { submission } = await store.createSubmission({ userId, problemId, language: 'c', code: '' });
          if (verdict) await store.finishSubmission(submission.id, verdictResult(verdict));
        };
        await submit(ada.id, 'two-sum', 'WA');
        await submit(ada.id, 'two-sum', 'AC');
        await submit(bob.id, 'two-sum', 'AC');
        await submit(bob.id, 'two-sum'); // still queued: counted, but not in the acceptance
        await submit(bob.id, 'a-plus-b', 'WA');

        const byId = async (filter: ProblemFilter) =>
          Object.fromEntries((await store.listProblems(filter)).items.map((item) => [item.id, item]));
        const anonymous = await byId({});
        assert.equal(anonymous['two-sum']?.acceptance, 2 / 3);
        assert.equal(anonymous['two-sum']?.submissions, 4);
        assert.equal(anonymous['a-plus-b']?.acceptance, 0);
        assert.equal(anonymous['graph-paths']?.acceptance, null);
        assert.equal(anonymous['graph-paths']?.submissions, 0);
        assert.equal(anonymous['two-sum']?.status, null, 'no status without a user');

        const forAda = await byId({ userId: ada.id });
        assert.equal(forAda['two-sum']?.status, 'completed');
        assert.equal(forAda['a-plus-b']?.status, 'not_started');
        assert.equal((await byId({ userId: bob.id }))['a-plus-b']?.status, 'in_progress');

        assert.deepEqual(await ids(store, { sort: 'acceptance' }), ['two-sum', 'a-plus-b', 'draft', 'graph-paths']);
        assert.deepEqual(await ids(store, { userId: ada.id, status: 'completed' }), ['two-sum']);
        assert.deepEqual(await ids(store, { userId: bob.id, status: 'in_progress' }), ['a-plus-b']);
        assert.deepEqual(await ids(store, { userId: ada.id, status: 'not_started' }), [
          'a-plus-b',
          'draft',
          'graph-paths',
        ]);
        await store.setProgress(ada.id, 'two-sum', 'not_started');
        const notStarted = await store.listProblems({ userId: ada.id, status: 'not_started', limit: 1 });
        assert.equal(notStarted.total, 4, 'a progress row set back to not_started counts as not started');

        const one = await store.listProblems({ ids: ['two-sum'], userId: bob.id });
        assert.equal(one.total, 1);
        assert.deepEqual(
          one.items[0],
          (await byId({ userId: bob.id }))['two-sum'],
          'the same item as in the full list',
        );
        assert.deepEqual(await ids(store, { ids: ['graph-paths', 'a-plus-b', 'nope'] }), ['a-plus-b', 'graph-paths']);
        assert.deepEqual(await store.listProblems({ ids: [] }), { items: [], total: 0 });
      }),
    );
  });
}
