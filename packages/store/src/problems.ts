import { and, asc, count, eq, getTableColumns, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { likePattern, listLimit, missingReferenceError, type StoreContext } from './context.ts';
import { problemStats, problems, progress, submissions } from './schema.ts';
import type { ProblemFilter, ProblemInput, ProblemListItem, ProblemRecord, Store } from './types.ts';

type ProblemMethods = Pick<
  Store,
  'upsertProblem' | 'getProblem' | 'listProblems' | 'setProblemPublished' | 'deleteProblem'
>;

/** Only the fields of ProblemInput, whatever else the caller's object carries. */
function problemFields(input: ProblemInput): ProblemInput {
  return {
    id: input.id,
    title: input.title,
    difficulty: input.difficulty,
    topics: [...input.topics],
    statementMd: input.statementMd,
    published: input.published,
    timeLimitMs: input.timeLimitMs,
    memoryMb: input.memoryMb,
    kind: input.kind,
    packageHash: input.packageHash,
    meta: input.meta,
    authorId: input.authorId,
  };
}

/** JSON with sorted keys: jsonb does not keep key order, so equal objects must compare equal. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function sameProblem(current: ProblemRecord, input: ProblemInput): boolean {
  return (
    current.title === input.title &&
    current.difficulty === input.difficulty &&
    canonicalJson(current.topics) === canonicalJson(input.topics) &&
    current.statementMd === input.statementMd &&
    current.published === input.published &&
    current.timeLimitMs === input.timeLimitMs &&
    current.memoryMb === input.memoryMb &&
    current.kind === input.kind &&
    current.packageHash === input.packageHash &&
    canonicalJson(current.meta) === canonicalJson(input.meta) &&
    current.authorId === input.authorId
  );
}

const DIFFICULTY_RANK = sql`case ${problems.difficulty} when 'easy' then 1 when 'medium' then 2 else 3 end`;

export function problemMethods({ db, now }: StoreContext): ProblemMethods {
  return {
    upsertProblem(input) {
      const fields = problemFields(input);
      return db
        .transaction(async (tx) => {
          const at = now();
          const [inserted] = await tx
            .insert(problems)
            .values({ ...fields, version: 1, createdAt: at, updatedAt: at })
            .onConflictDoNothing()
            .returning();
          if (inserted) return { problem: inserted, changed: true };
          // the row exists (maybe inserted concurrently, now committed): lock it and compare
          const [current] = await tx.select().from(problems).where(eq(problems.id, fields.id)).for('update');
          if (!current) throw new Error(`problem ${fields.id} vanished during its upsert`);
          if (sameProblem(current, fields)) return { problem: current, changed: false };
          const [updated] = await tx
            .update(problems)
            .set({ ...fields, version: sql`${problems.version} + 1`, updatedAt: at })
            .where(eq(problems.id, fields.id))
            .returning();
          return { problem: updated!, changed: true };
        })
        .catch((error: unknown) => {
          throw missingReferenceError(error, { author_id: `author ${fields.authorId}` });
        });
    },

    async getProblem(id) {
      const [problem] = await db.select().from(problems).where(eq(problems.id, id));
      return problem;
    },

    async setProblemPublished(id, published) {
      const [updated] = await db
        .update(problems)
        .set({ published, version: sql`${problems.version} + 1`, updatedAt: now() })
        .where(and(eq(problems.id, id), ne(problems.published, published)))
        .returning();
      if (updated) return updated;
      const [current] = await db.select().from(problems).where(eq(problems.id, id));
      return current;
    },

    deleteProblem(id) {
      return db.transaction(async (tx) => {
        // submissions keep their problem (no cascade) so that a verdict never loses its problem
        // by accident; deleting the problem is the one deliberate way to drop them
        await tx.delete(submissions).where(eq(submissions.problemId, id));
        const deleted = await tx.delete(problems).where(eq(problems.id, id)).returning({ id: problems.id });
        return deleted.length > 0;
      });
    },

    async listProblems(filter) {
      const userProgress = and(
        eq(progress.problemId, problems.id),
        filter.userId === undefined ? sql`false` : eq(progress.userId, filter.userId),
      );
      const where = and(...problemConditions(filter));
      // counts kept by createSubmission and finishSubmission (problem_stats): one row per problem
      const stats = db
        .select({
          problemId: problemStats.problemId,
          total: problemStats.total,
          finished: problemStats.finished,
          accepted: problemStats.accepted,
        })
        .from(problemStats)
        .where(filter.ids === undefined ? undefined : inArray(problemStats.problemId, filter.ids))
        .as('stats');
      const acceptance = sql<number | null>`${stats.accepted}::float8 / nullif(${stats.finished}, 0)`;
      const order: SQL[] =
        filter.sort === 'title'
          ? [asc(problems.title)]
          : filter.sort === 'difficulty'
            ? [asc(DIFFICULTY_RANK)]
            : filter.sort === 'acceptance'
              ? [sql`${acceptance} desc nulls last`]
              : [];
      const { statementMd: _statement, meta: _meta, ...listed } = getTableColumns(problems);
      const rows = await db
        .select({ ...listed, acceptance, submissions: stats.total, status: progress.status })
        .from(problems)
        .leftJoin(progress, userProgress)
        .leftJoin(stats, eq(stats.problemId, problems.id))
        .where(where)
        .orderBy(...order, asc(problems.id))
        .limit(listLimit(filter.limit))
        .offset(Math.max(0, Math.floor(filter.offset ?? 0)));
      const [totalRow] = await db
        .select({ total: count() })
        .from(problems)
        .leftJoin(progress, userProgress)
        .where(where);
      const items: ProblemListItem[] = rows.map((row) => ({
        ...row,
        acceptance: row.acceptance === null ? null : Number(row.acceptance),
        submissions: row.submissions ?? 0,
        status: filter.userId === undefined ? null : (row.status ?? 'not_started'),
      }));
      return { items, total: totalRow?.total ?? 0 };
    },
  };
}

function problemConditions(filter: ProblemFilter): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [];
  if (filter.ids !== undefined) conditions.push(inArray(problems.id, filter.ids));
  if (filter.difficulty) conditions.push(eq(problems.difficulty, filter.difficulty));
  if (filter.topic !== undefined) conditions.push(sql`${filter.topic} = any(${problems.topics})`);
  if (filter.publishedOnly) conditions.push(eq(problems.published, true));
  if (filter.authorId !== undefined) conditions.push(eq(problems.authorId, filter.authorId));
  if (filter.text) {
    const pattern = likePattern(filter.text);
    conditions.push(
      sql`(${problems.id} ilike ${pattern} or ${problems.title} ilike ${pattern} or ${problems.statementMd} ilike ${pattern})`,
    );
  }
  if (filter.status === 'not_started') {
    conditions.push(sql`coalesce(${progress.status}, 'not_started') = 'not_started'`);
  } else if (filter.status) {
    conditions.push(eq(progress.status, filter.status));
  }
  return conditions;
}
