// The one schema of both adapters. After a change, run `npx drizzle-kit generate` in
// packages/store to write the next migration under migrations/ (never edit an applied one).
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  DIFFICULTIES,
  type Difficulty,
  PROBLEM_KINDS,
  PROGRESS_STATUSES,
  type ProblemKind,
  type ProgressStatus,
  ROLES,
  type Role,
  SUBMISSION_STATES,
  type SubmissionState,
  type TestResultRecord,
  VERDICTS,
  type Verdict,
} from './types.ts';

/** bytea as a plain Uint8Array: pg returns a Buffer and PGlite a Uint8Array, callers see one type. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

function timestamptz(name: string) {
  return timestamp(name, { withTimezone: true, mode: 'date' });
}

/** `column in ('a', 'b')`: text columns with a check keep migrations simple when a value is added. */
function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((value) => `'${value}'`).join(', '))})`;
}

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<Role>().notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('users_username_lower_key').on(sql`lower(${t.username})`),
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    check('users_role_check', oneOf(t.role, ROLES)),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId), index('sessions_expires_at_idx').on(t.expiresAt)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    lastUsedAt: timestamptz('last_used_at'),
  },
  (t) => [index('api_tokens_user_id_idx').on(t.userId)],
);

export const problems = pgTable(
  'problems',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    difficulty: text('difficulty').$type<Difficulty>().notNull(),
    topics: text('topics').array().notNull(),
    statementMd: text('statement_md').notNull(),
    published: boolean('published').notNull(),
    timeLimitMs: integer('time_limit_ms').notNull(),
    memoryMb: integer('memory_mb').notNull(),
    kind: text('kind').$type<ProblemKind>().notNull(),
    packageHash: text('package_hash').notNull(),
    meta: jsonb('meta').$type<Record<string, unknown>>().notNull(),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    check('problems_difficulty_check', oneOf(t.difficulty, DIFFICULTIES)),
    check('problems_kind_check', oneOf(t.kind, PROBLEM_KINDS)),
  ],
);

export const submissions = pgTable(
  'submissions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    problemId: text('problem_id')
      .notNull()
      .references(() => problems.id),
    language: text('language').notNull(),
    code: text('code').notNull(),
    state: text('state').$type<SubmissionState>().notNull(),
    verdict: text('verdict').$type<Verdict>(),
    score: doublePrecision('score'),
    maxScore: doublePrecision('max_score'),
    testsDone: integer('tests_done').notNull(),
    testsTotal: integer('tests_total'),
    cpuMs: integer('cpu_ms'),
    memoryKb: integer('memory_kb'),
    results: jsonb('results').$type<TestResultRecord[]>().notNull(),
    compileOutput: text('compile_output'),
    message: text('message'),
    attempts: integer('attempts').notNull(),
    idempotencyKey: text('idempotency_key'),
    createdAt: timestamptz('created_at').notNull(),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [
    // NULL keys never collide, so submissions without a key are unconstrained
    uniqueIndex('submissions_user_idempotency_key').on(t.userId, t.idempotencyKey),
    index('submissions_user_created_idx').on(t.userId, t.createdAt),
    index('submissions_problem_created_idx').on(t.problemId, t.createdAt),
    index('submissions_unfinished_idx').on(t.createdAt).where(sql`${t.state} <> 'done'`),
    // the runtime ranking reads (problem, language, AC) ranges; cpu_ms last makes it index-only
    index('submissions_problem_language_verdict_idx').on(t.problemId, t.language, t.verdict, t.cpuMs),
    check('submissions_state_check', oneOf(t.state, SUBMISSION_STATES)),
    check('submissions_verdict_check', oneOf(t.verdict, VERDICTS)),
  ],
);

export const progress = pgTable(
  'progress',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    problemId: text('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    status: text('status').$type<ProgressStatus>().notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.problemId] }),
    check('progress_status_check', oneOf(t.status, PROGRESS_STATUSES)),
  ],
);

/** Problem package archives by content hash (sha256 hex of the bytes): written once, never changed. */
export const packages = pgTable('packages', {
  hash: text('hash').primaryKey(),
  bytes: bytea('bytes').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  createdAt: timestamptz('created_at').notNull(),
});

/** The code a user is writing, per problem and language: the editor autosaves here. */
export const drafts = pgTable(
  'drafts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    problemId: text('problem_id')
      .notNull()
      .references(() => problems.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    code: text('code').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.problemId, t.language] })],
);

/** The problem of each UTC day, kept once picked so that it cannot change during the day. */
export const dailyProblems = pgTable('daily_problems', {
  /** YYYY-MM-DD, UTC */
  day: text('day').primaryKey(),
  problemId: text('problem_id')
    .notNull()
    .references(() => problems.id, { onDelete: 'cascade' }),
  pickedAt: timestamptz('picked_at').notNull(),
});

/**
 * Submission counts per problem, kept as the submissions change (in the same transaction), so
 * the problem list's acceptance rates cost one row per problem instead of a scan of every
 * submission ever made.
 */
export const problemStats = pgTable('problem_stats', {
  problemId: text('problem_id')
    .primaryKey()
    .references(() => problems.id, { onDelete: 'cascade' }),
  /** every submission made */
  total: integer('total').notNull().default(0),
  /** those with a verdict */
  finished: integer('finished').notNull().default(0),
  /** those accepted */
  accepted: integer('accepted').notNull().default(0),
});
