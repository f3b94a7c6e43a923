import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type MakeStore, makeUser, problemInput, submitted, verdictResult, withStore } from './harness.ts';

/** What the author and admin pages read: a user's problems, the users with their roles, deletion. */
export function authoringContract(makeStore: MakeStore): void {
  describe('authoring', () => {
    test(
      'listProblems with authorId lists that author’s problems, drafts included',
      withStore(makeStore, async ({ store }) => {
        const ada = await makeUser(store, 'ada', 'author');
        const bob = await makeUser(store, 'bob', 'author');
        await store.upsertProblem(problemInput('mine-draft', { authorId: ada.id, published: false }));
        await store.upsertProblem(problemInput('mine-live', { authorId: ada.id }));
        await store.upsertProblem(problemInput('theirs', { authorId: bob.id, published: false }));
        await store.upsertProblem(problemInput('nobodys'));
        const { items, total } = await store.listProblems({ authorId: ada.id });
        assert.deepEqual(
          items.map((item) => [item.id, item.published]),
          [
            ['mine-draft', false],
            ['mine-live', true],
          ],
        );
        assert.equal(total, 2);
        assert.equal((await store.listProblems({ authorId: ada.id, publishedOnly: true })).total, 1);
      }),
    );

    test(
      'deleteProblem removes the problem with its submissions and progress, and says whether it existed',
      withStore(makeStore, async ({ store }) => {
        const { user, submission } = await submitted(store, 'ada', 'two-sum');
        await store.finishSubmission(submission.id, verdictResult('AC'));
        await store.upsertProblem(problemInput('other'));
        assert.equal(await store.deleteProblem('two-sum'), true);
        assert.equal(await store.getProblem('two-sum'), undefined);
        assert.equal(await store.getSubmission(submission.id), undefined);
        assert.deepEqual(
          (await store.getProgress(user.id)).problems.map((row) => row.problemId),
          [],
        );
        assert.equal(await store.deleteProblem('two-sum'), false);
        assert.ok(await store.getProblem('other'), 'other problems stay');
        // the id is free again
        await store.upsertProblem(problemInput('two-sum'));
        assert.equal((await store.getProblem('two-sum'))?.version, 1);
      }),
    );

    test(
      'listUsers pages users by username, filters by text (username or email) and role',
      withStore(makeStore, async ({ store }) => {
        await makeUser(store, 'carol');
        await makeUser(store, 'Ada', 'admin');
        await makeUser(store, 'bob', 'author');
        await makeUser(store, 'adalind');
        const all = await store.listUsers({});
        assert.deepEqual(
          all.items.map((user) => user.username),
          ['Ada', 'adalind', 'bob', 'carol'],
        );
        assert.equal(all.total, 4);
        const page = await store.listUsers({ limit: 2, offset: 1 });
        assert.deepEqual(
          page.items.map((user) => user.username),
          ['adalind', 'bob'],
        );
        assert.equal(page.total, 4);
        const search = await store.listUsers({ text: 'ADA' });
        assert.deepEqual(
          search.items.map((user) => user.username),
          ['Ada', 'adalind'],
        );
        // the email matches too (makeUser gives <name>@example.com); % and _ are literal
        assert.equal((await store.listUsers({ text: 'carol@example' })).total, 1);
        assert.equal((await store.listUsers({ text: '%' })).total, 0);
        const admins = await store.listUsers({ role: 'admin' });
        assert.deepEqual(
          admins.items.map((user) => user.username),
          ['Ada'],
        );
      }),
    );
  });
}
