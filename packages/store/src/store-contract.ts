import { describe } from 'node:test';
import { authoringContract } from './contract/authoring.ts';
import { dailyContract } from './contract/daily.ts';
import { draftsContract } from './contract/drafts.ts';
import type { MakeStore } from './contract/harness.ts';
import { packagesContract } from './contract/packages.ts';
import { problemsContract } from './contract/problems.ts';
import { progressContract } from './contract/progress.ts';
import { rankingContract } from './contract/ranking.ts';
import { submissionsContract } from './contract/submissions.ts';
import { usersContract } from './contract/users.ts';

export type { MakeStore } from './contract/harness.ts';

/**
 * The one test suite every Store adapter passes (STYLE.md 5). `makeStore` returns a fresh, empty,
 * unmigrated store on the given clock for each test; the suite migrates and closes it.
 *
 * @example
 * storeContract('pglite', ({ now }) => createPgliteStore({ now }));
 */
export function storeContract(name: string, makeStore: MakeStore): void {
  describe(`Store contract: ${name}`, () => {
    usersContract(makeStore);
    problemsContract(makeStore);
    submissionsContract(makeStore);
    progressContract(makeStore);
    packagesContract(makeStore);
    draftsContract(makeStore);
    rankingContract(makeStore);
    dailyContract(makeStore);
    authoringContract(makeStore);
  });
}
