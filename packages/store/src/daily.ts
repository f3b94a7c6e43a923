import { createHash } from 'node:crypto';
import { and, eq, notInArray } from 'drizzle-orm';
import { addDays, type Db, type StoreContext } from './context.ts';
import { dailyProblems, problems } from './schema.ts';
import type { Store } from './types.ts';

type DailyMethods = Pick<Store, 'getDailyProblemId'>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A position in 0..count-1 drawn from the day: the same in every process, spread over days. */
export function dailyIndex(day: string, count: number): number {
  return createHash('sha256').update(`verdict-daily:${day}`).digest().readUInt32BE(0) % count;
}

/** The kept pick of the day, if it is still published. */
async function keptPick(db: Db, day: string): Promise<string | undefined> {
  const [kept] = await db
    .select({ problemId: dailyProblems.problemId })
    .from(dailyProblems)
    .innerJoin(problems, and(eq(problems.id, dailyProblems.problemId), eq(problems.published, true)))
    .where(eq(dailyProblems.day, day));
  return kept?.problemId;
}

/** The deterministic pick over the published ids (sorted here, not by the database's collation). */
async function freshPick(db: Db, day: string): Promise<string | undefined> {
  const rows = await db.select({ id: problems.id }).from(problems).where(eq(problems.published, true));
  const ids = rows.map((row) => row.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (ids.length === 0) return undefined;
  let index = dailyIndex(day, ids.length);
  const [yesterday] = await db
    .select({ problemId: dailyProblems.problemId })
    .from(dailyProblems)
    .where(eq(dailyProblems.day, addDays(day, -1)));
  if (ids.length > 1 && ids[index] === yesterday?.problemId) index = (index + 1) % ids.length;
  return ids[index];
}

export function dailyMethods({ db, now }: StoreContext): DailyMethods {
  return {
    async getDailyProblemId(day) {
      if (!DAY.test(day)) throw new Error(`a day is YYYY-MM-DD, not "${day}"`);
      const kept = await keptPick(db, day);
      if (kept !== undefined) return kept;
      const pick = await freshPick(db, day);
      if (pick === undefined) return undefined;
      // processes racing on the first call of a day compute the same pick; whichever row is
      // stored first is the day's, and a kept pick only gives way once it is unpublished
      const [inserted] = await db
        .insert(dailyProblems)
        .values({ day, problemId: pick, pickedAt: now() })
        .onConflictDoNothing()
        .returning({ problemId: dailyProblems.problemId });
      if (inserted) return inserted.problemId;
      const published = db.select({ id: problems.id }).from(problems).where(eq(problems.published, true));
      const [replaced] = await db
        .update(dailyProblems)
        .set({ problemId: pick, pickedAt: now() })
        .where(and(eq(dailyProblems.day, day), notInArray(dailyProblems.problemId, published)))
        .returning({ problemId: dailyProblems.problemId });
      return replaced?.problemId ?? (await keptPick(db, day)) ?? pick;
    },
  };
}
