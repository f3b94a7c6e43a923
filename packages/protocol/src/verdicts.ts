import { z } from 'zod';

/** Verdict codes of the API (docs/VERDICTS.md says when each applies). */
export const VerdictSchema = z.enum(['AC', 'WA', 'TLE', 'MLE', 'RE', 'OLE', 'CE', 'IE']);
export type Verdict = z.infer<typeof VerdictSchema>;

/** queued → compiling → running → done. */
export const SubmissionStateSchema = z.enum(['queued', 'compiling', 'running', 'done']);
export type SubmissionState = z.infer<typeof SubmissionStateSchema>;

export const DifficultySchema = z.enum(['easy', 'medium', 'hard']);
export type Difficulty = z.infer<typeof DifficultySchema>;

export const ProgressStatusSchema = z.enum(['not_started', 'in_progress', 'completed']);
export type ProgressStatus = z.infer<typeof ProgressStatusSchema>;

export const RoleSchema = z.enum(['user', 'author', 'admin']);
export type Role = z.infer<typeof RoleSchema>;

/** One test of a finished or running submission, as the API and the events show it. */
export const TestReportSchema = z.object({
  /** e.g. "secret/group1/03" */
  name: z.string(),
  group: z.string(),
  verdict: VerdictSchema,
  cpuMs: z.number(),
  memoryKb: z.number(),
  /** the validator's message; null when none */
  message: z.string().nullable(),
});
export type TestReport = z.infer<typeof TestReportSchema>;
