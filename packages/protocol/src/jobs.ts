import { z } from 'zod';
import { type SubmissionState, TestReportSchema, VerdictSchema } from './verdicts.ts';

/** Limits a custom-input run may ask for; the worker clamps them to the problem's or its own defaults. */
export const RUN_MAX_STDIN_BYTES = 1 << 20;
/** Code of a submission or a run: at most 64 KiB of UTF-8. */
export const CODE_MAX_BYTES = 64 * 1024;

/**
 * A job on the queue. Workers hold no database credentials: a job carries the code and the
 * content hash of the problem package, which the worker fetches (and caches) by that hash.
 */
export const SubmitJobSchema = z.object({
  kind: z.literal('submit'),
  /** the submission id */
  id: z.string(),
  problemId: z.string(),
  packageHash: z.string(),
  language: z.string(),
  code: z.string(),
});
export type SubmitJob = z.infer<typeof SubmitJobSchema>;

export const RunJobSchema = z.object({
  kind: z.literal('run'),
  /** the run id */
  id: z.string(),
  userId: z.string(),
  /** with a problem, the run uses its limits and also computes the expected output with its reference solution */
  problemId: z.string().nullable(),
  packageHash: z.string().nullable(),
  language: z.string(),
  code: z.string(),
  stdin: z.string(),
});
export type RunJob = z.infer<typeof RunJobSchema>;

export const JobSchema = z.discriminatedUnion('kind', [SubmitJobSchema, RunJobSchema]);
export type Job = z.infer<typeof JobSchema>;

/** What a worker reports while judging (at most a few times a second). */
export const SubmissionProgressSchema = z.object({
  state: z.enum(['compiling', 'running']),
  testsDone: z.number().int().nonnegative(),
  testsTotal: z.number().int().nonnegative().nullable(),
  /** the test that just finished, when one did */
  test: TestReportSchema.nullable(),
});
export type SubmissionProgress = z.infer<typeof SubmissionProgressSchema>;

/** The final outcome of a submission, stored by the server before the job is acknowledged. */
export const SubmissionOutcomeSchema = z.object({
  verdict: VerdictSchema,
  score: z.number().nullable(),
  maxScore: z.number().nullable(),
  cpuMs: z.number().nullable(),
  memoryKb: z.number().nullable(),
  tests: z.array(TestReportSchema),
  compileOutput: z.string().nullable(),
  /** why the verdict is CE or IE */
  message: z.string().nullable(),
});
export type SubmissionOutcome = z.infer<typeof SubmissionOutcomeSchema>;

/** One program execution of a run, as the API shows it. */
export const ExecutionSchema = z.object({
  /** sandbox status: ok, runtime-error, signaled, time-limit, wall-time-limit, memory-limit, output-limit */
  status: z.string(),
  /** the verdict this outcome maps to when it is not ok (TLE, MLE, RE, OLE); null when ok */
  verdict: VerdictSchema.nullable(),
  exitCode: z.number().nullable(),
  cpuMs: z.number(),
  wallMs: z.number(),
  memoryKb: z.number(),
  stdout: z.string(),
  stderr: z.string(),
  stdoutTruncated: z.boolean(),
});
export type Execution = z.infer<typeof ExecutionSchema>;

export const RunOutcomeSchema = z.object({
  /**
   * ok: compiled and ran; compile-error; input-error: the custom input does not fit the function's
   * signature (message says which argument and why; nothing ran); error: Verdict failed (IE)
   */
  status: z.enum(['ok', 'compile-error', 'input-error', 'error']),
  compileOutput: z.string().nullable(),
  run: ExecutionSchema.nullable(),
  /** the reference solution on the same input, when the run names a problem that has one */
  expected: ExecutionSchema.nullable(),
  message: z.string().nullable(),
});
export type RunOutcome = z.infer<typeof RunOutcomeSchema>;

/**
 * How a worker talks to the platform: in-process in the embedded mode, over HTTP
 * (/internal/v1, a shared worker token) when workers are separate processes.
 */
export interface WorkerLink {
  /** The problem package archive (a zip) whose sha256 is `hash`. */
  fetchPackage(hash: string): Promise<Uint8Array>;
  /**
   * A worker took the submission. `proceed: false` means it is finished already (a redelivery
   * after its verdict was stored, or attempts exhausted and stored as IE): acknowledge and skip.
   */
  startSubmission(id: string): Promise<{ proceed: boolean; attempt: number }>;
  submissionProgress(id: string, progress: SubmissionProgress): Promise<void>;
  /** Resolves once the verdict is stored; only then may the job be acknowledged. */
  finishSubmission(id: string, outcome: SubmissionOutcome): Promise<void>;
  finishRun(id: string, outcome: RunOutcome): Promise<void>;
}

/** The state a submission is in while a worker reports progress. */
export type ActiveState = Extract<SubmissionState, 'compiling' | 'running'>;

/**
 * The server's internal API that workers in separate processes call (WorkerLink over HTTP).
 * Every route needs `Authorization: Bearer <worker token>`; bodies are JSON; 2xx is success.
 */
export const INTERNAL_ROUTES = {
  /** GET → the package zip (application/zip) whose sha256 is :hash */
  package: (hash: string) => `/internal/v1/packages/${encodeURIComponent(hash)}`,
  /** POST → { proceed, attempt } */
  startSubmission: (id: string) => `/internal/v1/submissions/${encodeURIComponent(id)}/start`,
  /** POST body SubmissionProgress → 204 */
  submissionProgress: (id: string) => `/internal/v1/submissions/${encodeURIComponent(id)}/progress`,
  /** POST body SubmissionOutcome → 200 { stored }, only once a verdict is stored (stored=false: an earlier one) */
  finishSubmission: (id: string) => `/internal/v1/submissions/${encodeURIComponent(id)}/finish`,
  /** POST body RunOutcome → 204 */
  finishRun: (id: string) => `/internal/v1/runs/${encodeURIComponent(id)}/finish`,
} as const;

/** The same routes as route patterns, for the server's router. */
export const INTERNAL_ROUTE_PATTERNS = {
  package: '/internal/v1/packages/:hash',
  startSubmission: '/internal/v1/submissions/:id/start',
  submissionProgress: '/internal/v1/submissions/:id/progress',
  finishSubmission: '/internal/v1/submissions/:id/finish',
  finishRun: '/internal/v1/runs/:id/finish',
} as const;

/** The response body of INTERNAL_ROUTES.startSubmission. */
export const StartSubmissionResponseSchema = z.object({
  proceed: z.boolean(),
  attempt: z.number().int().nonnegative(),
});
