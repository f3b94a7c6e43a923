import type { Db } from './context.ts';
import { dailyMethods } from './daily.ts';
import { draftMethods } from './drafts.ts';
import { packageMethods } from './packages.ts';
import { problemMethods } from './problems.ts';
import { progressMethods } from './progress.ts';
import { rankingMethods } from './ranking.ts';
import { submissionMethods } from './submissions.ts';
import type { Store } from './types.ts';
import { userMethods } from './users.ts';

export interface DrizzleStoreParts {
  db: Db;
  now: () => Date;
  migrate: () => Promise<void>;
  /** releases the driver's connections; called once */
  close: () => Promise<void>;
}

/** The Store over either driver: the adapters differ only in how they connect and migrate. */
export function createDrizzleStore({ db, now, migrate, close }: DrizzleStoreParts): Store {
  const context = { db, now };
  let closing: Promise<void> | undefined;
  return {
    migrate,
    close() {
      closing ??= close();
      return closing;
    },
    ...userMethods(context),
    ...problemMethods(context),
    ...submissionMethods(context),
    ...progressMethods(context),
    ...packageMethods(context),
    ...draftMethods(context),
    ...rankingMethods(context),
    ...dailyMethods(context),
  };
}
