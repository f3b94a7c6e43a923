import { and, asc, count, desc, eq, lt, ne, type SQL, sql } from 'drizzle-orm';
import { type Db, listLimit, missingReferenceError, newId, type StoreContext } from './context.ts';
import { problemStats, progress, submissions } from './schema.ts';
import {
  type FinishedSubmission,
  type Store,
  StoreNotFoundError,
  type SubmissionRecord,
  type SubmissionResult,
} from './types.ts';

type SubmissionMethods = Pick<
  Store,
  | 'createSubmission'
  | 'getSubmission'
  | 'listSubmissions'
  | 'countActiveSubmissions'
  | 'listUnfinishedSubmissions'
  | 'markSubmissionTaken'
  | 'updateSubmissionProgress'
  | 'finishSubmission'
  | 'finishSubmissionOnce'
>;

const notDone = ne(submissions.state, 'done');

async function findByIdempotencyKey(db: Db, userId: string, key: string): Promise<SubmissionRecord | undefined> {
  const [found] = await db
    .select()
    .from(submissions)
    .where(and(eq(submissions.userId, userId), eq(submissions.idempotencyKey, key)));
  return found;
}

export function submissionMethods({ db, now }: StoreContext): SubmissionMethods {
  async function getSubmission(id: string): Promise<SubmissionRecord | undefined> {
    const [found] = await db.select().from(submissions).where(eq(submissions.id, id));
    return found;
  }

  return {
    async createSubmission(input) {
      const key = input.idempotencyKey ?? null;
      const references = { user_id: `user ${input.userId}`, problem_id: `problem ${input.problemId}` };
      return db
        .transaction(async (tx) => {
          if (key !== null) {
            const first = await findByIdempotencyKey(tx, input.userId, key);
            if (first) return { submission: first, created: false };
          }
          const at = now();
          const [inserted] = await tx
            .insert(submissions)
            .values({
              id: newId('sub'),
              userId: input.userId,
              problemId: input.problemId,
              language: input.language,
              code: input.code,
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
              idempotencyKey: key,
              createdAt: at,
              finishedAt: null,
            })
            // the only unique value a new random id can meet is a concurrent request's key
            .onConflictDoNothing()
            .returning();
          if (!inserted) {
            const first = key === null ? undefined : await findByIdempotencyKey(tx, input.userId, key);
            if (!first) throw new Error('a new submission conflicted with no existing one');
            return { submission: first, created: false };
          }
          await tx
            .insert(problemStats)
            .values({ problemId: input.problemId, total: 1 })
            .onConflictDoUpdate({ target: problemStats.problemId, set: { total: sql`${problemStats.total} + 1` } });
          await tx
            .insert(progress)
            .values({ userId: input.userId, problemId: input.problemId, status: 'in_progress', updatedAt: at })
            .onConflictDoUpdate({
              target: [progress.userId, progress.problemId],
              set: { status: 'in_progress', updatedAt: at },
              setWhere: eq(progress.status, 'not_started'),
            });
          return { submission: inserted, created: true };
        })
        .catch((error: unknown) => {
          throw missingReferenceError(error, references);
        });
    },

    getSubmission,

    async listSubmissions(filter) {
      const conditions: SQL[] = [];
      if (filter.userId !== undefined) conditions.push(eq(submissions.userId, filter.userId));
      if (filter.problemId !== undefined) conditions.push(eq(submissions.problemId, filter.problemId));
      if (filter.before !== undefined) conditions.push(lt(submissions.createdAt, filter.before));
      return db
        .select()
        .from(submissions)
        .where(and(...conditions))
        .orderBy(desc(submissions.createdAt), desc(submissions.id))
        .limit(listLimit(filter.limit));
    },

    async countActiveSubmissions(userId) {
      const [row] = await db
        .select({ active: count() })
        .from(submissions)
        .where(and(eq(submissions.userId, userId), notDone));
      return row?.active ?? 0;
    },

    async listUnfinishedSubmissions() {
      return db.select().from(submissions).where(notDone).orderBy(asc(submissions.createdAt), asc(submissions.id));
    },

    async markSubmissionTaken(id) {
      const [taken] = await db
        .update(submissions)
        .set({ state: 'compiling', attempts: sql`${submissions.attempts} + 1` })
        .where(and(eq(submissions.id, id), notDone))
        .returning();
      return taken ?? getSubmission(id);
    },

    async updateSubmissionProgress(id, patch) {
      const set = {
        ...(patch.state === undefined ? {} : { state: patch.state }),
        ...(patch.testsDone === undefined ? {} : { testsDone: patch.testsDone }),
        ...(patch.testsTotal === undefined ? {} : { testsTotal: patch.testsTotal }),
      };
      if (Object.keys(set).length === 0) return;
      await db
        .update(submissions)
        .set(set)
        .where(and(eq(submissions.id, id), notDone));
    },

    async finishSubmission(id, result) {
      return (await finishSubmissionOnce(id, result)).submission;
    },

    finishSubmissionOnce,
  };

  function finishSubmissionOnce(id: string, result: SubmissionResult): Promise<FinishedSubmission> {
    return db.transaction(async (tx) => {
      const at = now();
      const [finished] = await tx
        .update(submissions)
        .set({
          state: 'done',
          verdict: result.verdict,
          score: result.score,
          maxScore: result.maxScore,
          cpuMs: result.cpuMs,
          memoryKb: result.memoryKb,
          // a program's output is stored as text: PostgreSQL refuses NUL, so it is kept as U+FFFD
          results: result.results.map((test) => ({ ...test, message: storableText(test.message) })),
          compileOutput: storableText(result.compileOutput),
          message: storableText(result.message),
          testsDone: sql`greatest(${submissions.testsDone}, ${result.results.length}::int)`,
          finishedAt: at,
        })
        .where(and(eq(submissions.id, id), notDone))
        .returning();
      if (!finished) {
        const [current] = await tx.select().from(submissions).where(eq(submissions.id, id));
        if (!current) throw new StoreNotFoundError(`submission ${id} does not exist`);
        return { submission: current, stored: false };
      }
      const accepted = finished.verdict === 'AC' ? 1 : 0;
      await tx
        .update(problemStats)
        .set({
          finished: sql`${problemStats.finished} + 1`,
          accepted: sql`${problemStats.accepted} + ${accepted}::int`,
        })
        .where(eq(problemStats.problemId, finished.problemId));
      if (finished.verdict === 'AC') {
        await tx
          .insert(progress)
          .values({ userId: finished.userId, problemId: finished.problemId, status: 'completed', updatedAt: at })
          .onConflictDoUpdate({
            target: [progress.userId, progress.problemId],
            set: { status: 'completed', updatedAt: at },
            setWhere: ne(progress.status, 'completed'),
          });
      }
      return { submission: finished, stored: true };
    });
  }
}

/** Text as PostgreSQL can store it: each NUL becomes U+FFFD (the replacement character). */
export function storableText<T extends string | null>(text: T): T {
  return (text === null ? null : text.replaceAll('\u0000', '\uFFFD')) as T;
}
