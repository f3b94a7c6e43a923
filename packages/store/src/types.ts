// The Store interface speaks these types only (STYLE.md 4): no Drizzle, pg or PGlite type
// appears in an exported signature, so the embedded and the production adapters are
// interchangeable and share one contract suite (store-contract.ts).

export type Role = 'user' | 'author' | 'admin';
export type Verdict = 'AC' | 'WA' | 'TLE' | 'MLE' | 'RE' | 'OLE' | 'CE' | 'IE';
export type Difficulty = 'easy' | 'medium' | 'hard';
export type ProgressStatus = 'not_started' | 'in_progress' | 'completed';
export type SubmissionState = 'queued' | 'compiling' | 'running' | 'done';
export type ProblemKind = 'stdio' | 'function' | 'interactive';

export const ROLES: readonly Role[] = ['user', 'author', 'admin'];
export const VERDICTS: readonly Verdict[] = ['AC', 'WA', 'TLE', 'MLE', 'RE', 'OLE', 'CE', 'IE'];
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];
export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['not_started', 'in_progress', 'completed'];
export const SUBMISSION_STATES: readonly SubmissionState[] = ['queued', 'compiling', 'running', 'done'];
export const PROBLEM_KINDS: readonly ProblemKind[] = ['stdio', 'function', 'interactive'];
/** How many buckets a runtime histogram aims at (RuntimeDistribution). */
export const RUNTIME_BUCKETS = 20;

export interface User {
  id: string;
  username: string;
  email: string;
  passwordHash: string;
  role: Role;
  createdAt: Date;
}

export interface Session {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
  createdAt: Date;
}

export interface ApiToken {
  tokenHash: string;
  userId: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export interface ProblemRecord {
  /** the slug */
  id: string;
  title: string;
  difficulty: Difficulty;
  topics: string[];
  statementMd: string;
  published: boolean;
  timeLimitMs: number;
  memoryMb: number;
  kind: ProblemKind;
  /** content hash of the package archive */
  packageHash: string;
  /** samples, starter code, anything else (stored as JSON) */
  meta: Record<string, unknown>;
  authorId: string | null;
  /** 1 when created, +1 on every write that changes something */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type ProblemInput = Omit<ProblemRecord, 'version' | 'createdAt' | 'updatedAt'>;

export interface TestResultRecord {
  name: string;
  group: string;
  verdict: Verdict;
  cpuMs: number;
  memoryKb: number;
  message: string | null;
}

export interface SubmissionRecord {
  /** 'sub_' + 20 URL-safe random characters */
  id: string;
  userId: string;
  problemId: string;
  language: string;
  code: string;
  state: SubmissionState;
  verdict: Verdict | null;
  score: number | null;
  maxScore: number | null;
  testsDone: number;
  testsTotal: number | null;
  /** max over tests */
  cpuMs: number | null;
  /** max over tests */
  memoryKb: number | null;
  results: TestResultRecord[];
  compileOutput: string | null;
  message: string | null;
  /** how many times a worker took it */
  attempts: number;
  idempotencyKey: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface SubmissionInput {
  userId: string;
  problemId: string;
  language: string;
  code: string;
  idempotencyKey?: string;
}

export interface SubmissionResult {
  verdict: Verdict;
  score: number | null;
  maxScore: number | null;
  cpuMs: number | null;
  memoryKb: number | null;
  results: TestResultRecord[];
  compileOutput: string | null;
  message: string | null;
}

export interface FinishedSubmission {
  submission: SubmissionRecord;
  /** true for the one call that stored the verdict; false when it was stored before */
  stored: boolean;
}

export interface SubmissionFilter {
  userId?: string;
  problemId?: string;
  /** default 50, at most 500 */
  limit?: number;
  /** only submissions created strictly before this instant (the cursor of the next page) */
  before?: Date;
}

export interface UserFilter {
  /** case-insensitive substring of the username or the email */
  text?: string;
  role?: Role;
  /** default 50, at most 500 */
  limit?: number;
  offset?: number;
}

export interface ProblemFilter {
  /** only these problems */
  ids?: string[];
  difficulty?: Difficulty;
  topic?: string;
  /** case-insensitive substring of the id, title or statement */
  text?: string;
  publishedOnly?: boolean;
  /** only the problems of this author (a user id) */
  authorId?: string;
  /** the progress of filter.userId; without a userId every problem is 'not_started' */
  status?: ProgressStatus;
  userId?: string;
  /** 'acceptance' sorts the highest first, problems without finished submissions last */
  sort?: 'id' | 'title' | 'difficulty' | 'acceptance';
  /** default 50, at most 500 */
  limit?: number;
  offset?: number;
}

export interface ProblemListItem extends Omit<ProblemRecord, 'statementMd' | 'meta'> {
  /** AC submissions / finished submissions; null when none finished */
  acceptance: number | null;
  /** every submission, finished or not */
  submissions: number;
  /** the progress of filter.userId; null when the filter has no userId */
  status: ProgressStatus | null;
}

export interface ProblemProgress {
  problemId: string;
  status: ProgressStatus;
  updatedAt: Date;
}

export interface ActivityDay {
  /** UTC day, YYYY-MM-DD */
  day: string;
  submissions: number;
  accepted: number;
}

export interface UserProgress {
  /** most recently updated first */
  problems: ProblemProgress[];
  solvedByDifficulty: Record<Difficulty, number>;
  solvedByTopic: Record<string, number>;
  /** consecutive UTC days up to today (or up to yesterday) with at least one submission */
  streakDays: number;
  /** the days of the last 365 (today included) with any submission, oldest first */
  activity: ActivityDay[];
}

export interface DraftRecord {
  userId: string;
  problemId: string;
  language: string;
  code: string;
  updatedAt: Date;
}

export interface DraftInput {
  userId: string;
  problemId: string;
  language: string;
  code: string;
}

export interface RuntimeBucket {
  /** inclusive */
  fromMs: number;
  /** exclusive: fromMs + the width shared by every bucket */
  toMs: number;
  count: number;
}

export interface RuntimeDistribution {
  /** every AC submission of the problem in the language (each of one user's counts) */
  acceptedCount: number;
  /** those of them strictly slower than the runtime asked about */
  slowerCount: number;
  /**
   * Buckets of one whole-millisecond width from the fastest runtime to the slowest, about
   * RUNTIME_BUCKETS of them (fewer when the runtimes span few milliseconds; one when all are
   * equal); empty when nothing is accepted.
   */
  histogram: RuntimeBucket[];
  /** the index of the bucket the runtime asked about falls in; null when it is outside them */
  bucket: number | null;
}

export interface Store {
  /** Applies the pending migrations; running it again is harmless. */
  migrate(): Promise<void>;
  /** Closes the connections; calling it again is harmless. */
  close(): Promise<void>;

  // users and auth
  /** Throws StoreConflictError (field 'username' or 'email') when either is taken, case-insensitively. */
  createUser(input: { username: string; email: string; passwordHash: string; role?: Role }): Promise<User>;
  getUserById(id: string): Promise<User | undefined>;
  /** By username or email, case-insensitively. */
  getUserByLogin(login: string): Promise<User | undefined>;
  setUserRole(id: string, role: Role): Promise<void>;
  /** Users by username, with an optional case-insensitive substring of username or email and a role. */
  listUsers(filter: UserFilter): Promise<{ items: User[]; total: number }>;
  createSession(session: Omit<Session, 'createdAt'>): Promise<Session>;
  /** undefined when unknown or expired */
  getSession(tokenHash: string): Promise<Session | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  createApiToken(token: Omit<ApiToken, 'createdAt' | 'lastUsedAt'>): Promise<ApiToken>;
  /** Also records the use (lastUsedAt). */
  getApiToken(tokenHash: string): Promise<ApiToken | undefined>;

  // problems
  /**
   * Creates or replaces a problem; version and updatedAt move only when something changed.
   * Throws StoreNotFoundError when authorId names no user.
   */
  upsertProblem(input: ProblemInput): Promise<{ problem: ProblemRecord; changed: boolean }>;
  getProblem(id: string): Promise<ProblemRecord | undefined>;
  listProblems(filter: ProblemFilter): Promise<{ items: ProblemListItem[]; total: number }>;
  /** undefined when the problem does not exist */
  setProblemPublished(id: string, published: boolean): Promise<ProblemRecord | undefined>;
  /**
   * Removes a problem and everything about it (its submissions, progress, drafts, stats);
   * false when it does not exist. The package blob stays: blobs are shared by content hash.
   */
  deleteProblem(id: string): Promise<boolean>;

  // submissions
  /**
   * The same (userId, idempotencyKey) returns the first submission with created=false. A new
   * submission moves the user's progress on the problem from not_started to in_progress.
   * Throws StoreNotFoundError when the user or the problem does not exist.
   */
  createSubmission(input: SubmissionInput): Promise<{ submission: SubmissionRecord; created: boolean }>;
  getSubmission(id: string): Promise<SubmissionRecord | undefined>;
  /** newest first */
  listSubmissions(filter: SubmissionFilter): Promise<SubmissionRecord[]>;
  /** submissions of the user whose state is not 'done' */
  countActiveSubmissions(userId: string): Promise<number>;
  /** every submission whose state is not 'done', oldest first (re-enqueued after a restart) */
  listUnfinishedSubmissions(): Promise<SubmissionRecord[]>;
  /**
   * A worker took the submission: attempts+1, state 'compiling'. A 'done' submission is returned
   * unchanged (its verdict is stored; the job only needs acknowledging); undefined when unknown.
   */
  markSubmissionTaken(id: string): Promise<SubmissionRecord | undefined>;
  /** Ignored once the submission is 'done'. */
  updateSubmissionProgress(
    id: string,
    patch: { state?: SubmissionState; testsDone?: number; testsTotal?: number },
  ): Promise<void>;
  /**
   * Stores the verdict: state 'done', finishedAt now; an AC completes the user's progress on the
   * problem. Only the first finish counts: finishing a 'done' submission returns it unchanged.
   * Throws StoreNotFoundError for an unknown id.
   */
  finishSubmission(id: string, result: SubmissionResult): Promise<SubmissionRecord>;
  /**
   * finishSubmission that also says whether this call stored the verdict (stored=false: the
   * submission was done already and is returned unchanged). Of any number of concurrent calls
   * exactly one stores, so a verdict is announced and counted once.
   */
  finishSubmissionOnce(id: string, result: SubmissionResult): Promise<FinishedSubmission>;

  // progress
  /** Throws StoreNotFoundError when the user or the problem does not exist. */
  setProgress(userId: string, problemId: string, status: ProgressStatus): Promise<void>;
  getProgress(userId: string): Promise<UserProgress>;

  // drafts: the code a user is writing, one per (problem, language)
  /** the user's drafts of the problem, most recently saved first */
  listDrafts(userId: string, problemId: string): Promise<DraftRecord[]>;
  /**
   * Creates or replaces the draft (the last write wins), updatedAt now.
   * Throws StoreNotFoundError when the user or the problem does not exist.
   */
  saveDraft(input: DraftInput): Promise<DraftRecord>;
  /** false when there was no such draft */
  deleteDraft(userId: string, problemId: string, language: string): Promise<boolean>;

  // runtime ranking
  /**
   * How the AC submissions of a problem in a language spread by runtime (their cpuMs, 0 when
   * missing), and where `runtimeMs` sits among them. One indexed range read.
   */
  getRuntimeDistribution(query: {
    problemId: string;
    language: string;
    runtimeMs: number;
  }): Promise<RuntimeDistribution>;

  // problem of the day
  /**
   * The problem of a UTC day (YYYY-MM-DD): the first call for a day picks a published problem
   * from a hash of the day over the sorted ids (never yesterday's when there is another) and
   * keeps it, so every later call, from any process, gets the same one all day even when the
   * catalog changes. A kept pick that is no longer published is replaced. undefined when no
   * problem is published.
   */
  getDailyProblemId(day: string): Promise<string | undefined>;

  // problem package archives, by content hash
  /**
   * Keeps a package archive under its hash, the sha256 of `bytes` in lower-case hex (what
   * packProblemDir gives). Storing the same hash again is harmless; bytes that do not hash to
   * `hash` are refused with an Error.
   */
  putPackage(hash: string, bytes: Uint8Array): Promise<void>;
  /** undefined when no package has that hash */
  getPackage(hash: string): Promise<Uint8Array | undefined>;
}

/** A unique value is taken; `field` names it ('username', 'email'). */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** The record a write needs does not exist. */
export class StoreNotFoundError extends Error {
  override readonly name = 'StoreNotFoundError';
}

/** Options every adapter takes besides its connection. */
export interface StoreClockOptions {
  /** The clock for every timestamp the store writes or compares (default: the system clock). */
  now?: () => Date;
}
