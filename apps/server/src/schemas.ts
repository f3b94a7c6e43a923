// Response shapes of the API, for the OpenAPI document (bodies and queries come from
// @verdict/protocol). Timestamps are ISO 8601 strings.
import {
  DifficultySchema,
  ProgressStatusSchema,
  RoleSchema,
  RunOutcomeSchema,
  SubmissionStateSchema,
  TestReportSchema,
  VerdictSchema,
} from '@verdict/protocol';
import { z } from 'zod';

export const UserViewSchema = z.object({
  id: z.string(),
  username: z.string(),
  email: z.string(),
  role: RoleSchema,
  createdAt: z.string(),
});
export type UserView = z.infer<typeof UserViewSchema>;

export const SessionViewSchema = z.object({
  user: UserViewSchema,
  /** send it as X-CSRF-Token on every write made with the session cookie; null with a bearer token */
  csrfToken: z.string().nullable(),
});

export const TokenViewSchema = z.object({ token: z.string(), name: z.string() });

export const RoleBodySchema = z.object({ role: RoleSchema });

export const ProblemSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  difficulty: DifficultySchema,
  topics: z.array(z.string()),
  kind: z.string(),
  published: z.boolean(),
  version: z.number(),
  timeLimitMs: z.number(),
  memoryMb: z.number(),
  /** accepted / finished submissions; null when none finished */
  acceptance: z.number().nullable(),
  submissions: z.number(),
  /** the caller's progress; null when not signed in */
  status: ProgressStatusSchema.nullable(),
});

export const ProblemListSchema = z.object({
  items: z.array(ProblemSummarySchema),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});

export const LanguageViewSchema = z.object({ id: z.string(), name: z.string(), version: z.string().nullable() });

export const ProblemDetailSchema = z.object({
  id: z.string(),
  title: z.string(),
  difficulty: DifficultySchema,
  topics: z.array(z.string()),
  kind: z.string(),
  published: z.boolean(),
  version: z.number(),
  timeLimitMs: z.number(),
  memoryMb: z.number(),
  /** sanitised HTML of the Markdown statement, math rendered */
  statementHtml: z.string(),
  /** where the package's PDF statement is downloaded (an asset of the problem); null when it has none */
  statementPdfUrl: z.string().nullable(),
  samples: z.array(z.unknown()),
  hints: z.array(z.unknown()),
  /** starter code by language id, for the languages available here */
  starter: z.record(z.string(), z.string()),
  languages: z.array(LanguageViewSchema),
  /** the editorial (approach and complexity) as sanitised HTML; null when the problem has none */
  editorialHtml: z.string().nullable(),
  updatedAt: z.string(),
});

export const UploadResultSchema = z.object({
  problem: ProblemDetailSchema,
  /** false when the package was identical to the stored one */
  changed: z.boolean(),
  /** warnings found while importing */
  issues: z.array(z.unknown()),
});

export const SubmissionAcceptedSchema = z.object({ id: z.string(), state: SubmissionStateSchema });

export const SubmissionSummarySchema = z.object({
  id: z.string(),
  problemId: z.string(),
  language: z.string(),
  state: SubmissionStateSchema,
  verdict: VerdictSchema.nullable(),
  score: z.number().nullable(),
  maxScore: z.number().nullable(),
  testsDone: z.number(),
  testsTotal: z.number().nullable(),
  cpuMs: z.number().nullable(),
  memoryKb: z.number().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const SubmissionDetailSchema = SubmissionSummarySchema.extend({
  userId: z.string(),
  code: z.string(),
  tests: z.array(TestReportSchema),
  compileOutput: z.string().nullable(),
  message: z.string().nullable(),
  /** how many times a worker took it */
  attempts: z.number(),
});

export const SubmissionListSchema = z.object({
  items: z.array(SubmissionSummarySchema),
  /** pass as ?before= for the next (older) page; null on the last page */
  nextBefore: z.string().nullable(),
});

export const SubmissionListQuerySchema = z.object({
  problemId: z.string().max(128).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  before: z.iso.datetime({ offset: true }).optional(),
});

export const ProblemSubmissionsQuerySchema = SubmissionListQuerySchema.omit({ problemId: true }).extend({
  /** admins only: every user's submissions instead of the caller's */
  scope: z.enum(['mine', 'all']).optional(),
});

export const RunViewSchema = z.object({
  id: z.string(),
  /** pending: not finished yet (or lost: a client should stop waiting after a few minutes) */
  status: z.enum(['pending', 'done']),
  outcome: RunOutcomeSchema.nullable(),
});

export const ProgressViewSchema = z.object({
  problems: z.array(z.object({ problemId: z.string(), status: ProgressStatusSchema, updatedAt: z.string() })),
  solvedByDifficulty: z.record(z.string(), z.number()),
  solvedByTopic: z.record(z.string(), z.number()),
  streakDays: z.number(),
  activity: z.array(z.object({ day: z.string(), submissions: z.number(), accepted: z.number() })),
  recentSubmissions: z.array(SubmissionSummarySchema),
});

export const ProgressSetSchema = z.object({ problemId: z.string(), status: ProgressStatusSchema });

export const HealthSchema = z.object({ status: z.literal('ok') });
export const ReadySchema = z.object({
  status: z.literal('ready'),
  queue: z.object({ high: z.number(), normal: z.number(), inFlight: z.number() }),
});

export const StartResponseSchema = z.object({ proceed: z.boolean(), attempt: z.number() });
export const IdParamsSchema = z.object({ id: z.string().min(1).max(200) });

export const ProblemIdParamsSchema = z.object({ problemId: z.string().min(1).max(128) });
export const DraftParamsSchema = ProblemIdParamsSchema.extend({ language: z.string().min(1).max(32) });

export const DraftViewSchema = z.object({
  problemId: z.string(),
  language: z.string(),
  code: z.string(),
  updatedAt: z.string(),
});

export const DraftListSchema = z.object({
  /** most recently saved first */
  drafts: z.array(DraftViewSchema),
});

export const SubmissionRankSchema = z.object({
  submissionId: z.string(),
  problemId: z.string(),
  language: z.string(),
  /** the submission's cpuMs (its slowest test), as in the submission summary */
  runtimeMs: z.number(),
  memoryKb: z.number().nullable(),
  /** AC submissions of the problem in this language, every one of every user */
  acceptedCount: z.number(),
  /** the share (0..100) of them strictly slower than this one */
  fasterThanPercent: z.number(),
  /** equal-width buckets of whole milliseconds, fastest to slowest; about 20 */
  histogram: z.array(z.object({ fromMs: z.number(), toMs: z.number(), count: z.number() })),
  /** the index in histogram of this submission's bucket */
  bucket: z.number(),
});

export const DailySchema = z.object({
  /** the UTC day, YYYY-MM-DD */
  date: z.string(),
  problem: ProblemSummarySchema,
});
