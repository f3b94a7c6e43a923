import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addDays } from '../context.ts';
import { dailyIndex } from '../daily.ts';
import { type MakeStore, problemInput, withStore } from './harness.ts';

const DAYS = 30;

export function dailyContract(makeStore: MakeStore): void {
  describe('problem of the day', () => {
    test(
      'none while nothing is published',
      withStore(makeStore, async ({ store }) => {
        assert.equal(await store.getDailyProblemId('2025-03-10'), undefined);
        await store.upsertProblem(problemInput('draft', { published: false }));
        assert.equal(await store.getDailyProblemId('2025-03-10'), undefined);
        await assert.rejects(store.getDailyProblemId('10/03/2025'), /YYYY-MM-DD/);
      }),
    );

    test(
      'the pick follows the hash of the day over the sorted published ids, and varies between days',
      withStore(makeStore, async ({ store }) => {
        const ids = ['b-tree', 'a-plus-b', 'Zeta', 'c-walk', 'dp-1'];
        for (const id of ids) await store.upsertProblem(problemInput(id));
        await store.upsertProblem(problemInput('hidden', { published: false }));
        const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const day = '2025-03-10';
        assert.equal(await store.getDailyProblemId(day), sorted[dailyIndex(day, sorted.length)]);

        const picks: string[] = [];
        for (let offset = 0; offset < DAYS; offset++) {
          const pick = await store.getDailyProblemId(addDays(day, offset));
          assert.ok(pick && ids.includes(pick), `${pick} is published`);
          if (offset > 0) assert.notEqual(pick, picks.at(-1), 'never the same two days running');
          picks.push(pick);
        }
        assert.ok(new Set(picks).size >= 4, `the days spread over the catalog: ${picks.join(', ')}`);
      }),
    );

    test(
      'a day keeps its pick when the catalog grows, and replaces it once unpublished',
      withStore(makeStore, async ({ store }) => {
        for (const id of ['p1', 'p2', 'p3']) await store.upsertProblem(problemInput(id));
        const day = '2025-03-10';
        const first = await store.getDailyProblemId(day);
        assert.ok(first);
        for (let i = 4; i <= 20; i++) await store.upsertProblem(problemInput(`p${i}`));
        assert.equal(await store.getDailyProblemId(day), first, 'stable all day');
        const concurrent = await Promise.all([1, 2, 3].map(() => store.getDailyProblemId('2025-03-11')));
        assert.equal(new Set(concurrent).size, 1, 'concurrent first calls agree');

        await store.setProblemPublished(first, false);
        const replacement = await store.getDailyProblemId(day);
        assert.ok(replacement && replacement !== first);
        assert.equal(await store.getDailyProblemId(day), replacement);
        await store.setProblemPublished(first, true);
        assert.equal(await store.getDailyProblemId(day), replacement, 'the replacement stays');
      }),
    );
  });
}
