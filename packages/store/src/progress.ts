import { and, desc, eq, sql } from 'drizzle-orm';
import { addDays, missingReferenceError, type StoreContext, utcDay } from './context.ts';
import { problems, progress, submissions } from './schema.ts';
import type { ActivityDay, Difficulty, Store } from './types.ts';

type ProgressMethods = Pick<Store, 'setProgress' | 'getProgress'>;

const ACTIVITY_DAYS = 365;

/** Consecutive days ending today, or ending yesterday when today has nothing yet. */
export function streakDays(days: ReadonlySet<string>, today: string): number {
  let day = days.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day = addDays(day, -1);
  }
  return streak;
}

export function progressMethods({ db, now }: StoreContext): ProgressMethods {
  return {
    async setProgress(userId, problemId, status) {
      const at = now();
      await db
        .insert(progress)
        .values({ userId, problemId, status, updatedAt: at })
        .onConflictDoUpdate({ target: [progress.userId, progress.problemId], set: { status, updatedAt: at } })
        .catch((error: unknown) => {
          throw missingReferenceError(error, { user_id: `user ${userId}`, problem_id: `problem ${problemId}` });
        });
    },

    async getProgress(userId) {
      const rows = await db
        .select({ problemId: progress.problemId, status: progress.status, updatedAt: progress.updatedAt })
        .from(progress)
        .where(eq(progress.userId, userId))
        .orderBy(desc(progress.updatedAt), progress.problemId);

      const solved = await db
        .select({ difficulty: problems.difficulty, topics: problems.topics })
        .from(progress)
        .innerJoin(problems, eq(problems.id, progress.problemId))
        .where(and(eq(progress.userId, userId), eq(progress.status, 'completed')));
      const solvedByDifficulty: Record<Difficulty, number> = { easy: 0, medium: 0, hard: 0 };
      const solvedByTopic: Record<string, number> = {};
      for (const problem of solved) {
        solvedByDifficulty[problem.difficulty]++;
        for (const topic of problem.topics) solvedByTopic[topic] = (solvedByTopic[topic] ?? 0) + 1;
      }

      // one row per day with a submission, all time: a streak may be older than the activity window
      const dayOf = sql<string>`to_char(${submissions.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;
      const days: ActivityDay[] = await db
        .select({
          day: dayOf,
          submissions: sql<number>`count(*)::int`,
          accepted: sql<number>`(count(*) filter (where ${submissions.verdict} = 'AC'))::int`,
        })
        .from(submissions)
        .where(eq(submissions.userId, userId))
        .groupBy(dayOf)
        .orderBy(dayOf);
      const today = utcDay(now());
      const firstActivityDay = addDays(today, 1 - ACTIVITY_DAYS);

      return {
        problems: rows,
        solvedByDifficulty,
        solvedByTopic,
        streakDays: streakDays(new Set(days.map((entry) => entry.day)), today),
        activity: days.filter((entry) => entry.day >= firstActivityDay && entry.day <= today),
      };
    },
  };
}
