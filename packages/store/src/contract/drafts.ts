import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { StoreNotFoundError } from '../types.ts';
import { HOUR_MS, type MakeStore, makeUser, problemInput, withStore } from './harness.ts';

export function draftsContract(makeStore: MakeStore): void {
  describe('drafts', () => {
    test(
      'saveDraft creates, then replaces (the last write wins); listDrafts is per user and problem',
      withStore(makeStore, async ({ store, clock }) => {
        const ada = await makeUser(store, 'ada');
        const bob = await makeUser(store, 'bob');
        await store.upsertProblem(problemInput('p'));
        await store.upsertProblem(problemInput('q'));
        assert.deepEqual(await store.listDrafts(ada.id, 'p'), []);

        const first = await store.saveDraft({ userId: ada.id, problemId: 'p', language: 'python3', code: 'print(1)' });
        assert.deepEqual(first, {
          userId: ada.id,
          problemId: 'p',
          language: 'python3',
          code: 'print(1)',
          updatedAt: clock.now(),
        });
        clock.advance(HOUR_MS);
        await store.saveDraft({ userId: ada.id, problemId: 'p', language: 'cpp17', code: 'int main() {}' });
        clock.advance(HOUR_MS);
        const replaced = await store.saveDraft({
          userId: ada.id,
          problemId: 'p',
          language: 'python3',
          code: 'print("ünïcödé")\n',
        });
        assert.equal(replaced.code, 'print("ünïcödé")\n');
        assert.deepEqual(replaced.updatedAt, clock.now());
        await store.saveDraft({ userId: bob.id, problemId: 'p', language: 'python3', code: 'bob' });
        await store.saveDraft({ userId: ada.id, problemId: 'q', language: 'python3', code: 'other problem' });

        const mine = await store.listDrafts(ada.id, 'p');
        assert.deepEqual(
          mine.map((draft) => [draft.language, draft.code]),
          [
            ['python3', 'print("ünïcödé")\n'],
            ['cpp17', 'int main() {}'],
          ],
          'most recently saved first, only this user and problem',
        );
        assert.deepEqual(mine[0], replaced);
      }),
    );

    test(
      'deleteDraft removes one language and says whether there was one',
      withStore(makeStore, async ({ store }) => {
        const ada = await makeUser(store, 'ada');
        await store.upsertProblem(problemInput('p'));
        await store.saveDraft({ userId: ada.id, problemId: 'p', language: 'python3', code: 'a' });
        await store.saveDraft({ userId: ada.id, problemId: 'p', language: 'c', code: 'b' });
        assert.equal(await store.deleteDraft(ada.id, 'p', 'python3'), true);
        assert.equal(await store.deleteDraft(ada.id, 'p', 'python3'), false);
        assert.equal(await store.deleteDraft('usr_nope', 'p', 'c'), false);
        assert.deepEqual(
          (await store.listDrafts(ada.id, 'p')).map((draft) => draft.language),
          ['c'],
        );
      }),
    );

    test(
      'a draft of a missing user or problem is StoreNotFoundError naming it',
      withStore(makeStore, async ({ store }) => {
        const ada = await makeUser(store, 'ada');
        await store.upsertProblem(problemInput('p'));
        const missing = (pattern: RegExp) => (error: unknown) =>
          error instanceof StoreNotFoundError && pattern.test(error.message);
        await assert.rejects(
          store.saveDraft({ userId: ada.id, problemId: 'nope', language: 'c', code: '' }),
          missing(/^problem nope does not exist$/),
        );
        await assert.rejects(
          store.saveDraft({ userId: 'usr_nope', problemId: 'p', language: 'c', code: '' }),
          missing(/^user usr_nope does not exist$/),
        );
      }),
    );
  });
}
