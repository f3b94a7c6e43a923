import { z } from 'zod';
import { RunOutcomeSchema } from './jobs.ts';
import { SubmissionStateSchema, TestReportSchema, VerdictSchema } from './verdicts.ts';

/**
 * Events on the bus and on /ws: one JSON object each, with `type`; submission events carry
 * `submissionId` and the owner's `userId`, whose sockets receive them without subscribing.
 */
export const SubmissionUpdateEventSchema = z.object({
  type: z.literal('submission.update'),
  submissionId: z.string(),
  userId: z.string(),
  problemId: z.string(),
  state: SubmissionStateSchema,
  testsDone: z.number(),
  testsTotal: z.number().nullable(),
  /** the test that just finished, when one did */
  test: TestReportSchema.nullable(),
});

export const SubmissionDoneEventSchema = z.object({
  type: z.literal('submission.done'),
  submissionId: z.string(),
  userId: z.string(),
  problemId: z.string(),
  state: z.literal('done'),
  verdict: VerdictSchema,
  score: z.number().nullable(),
  maxScore: z.number().nullable(),
  cpuMs: z.number().nullable(),
  memoryKb: z.number().nullable(),
  testsDone: z.number(),
  testsTotal: z.number().nullable(),
});

export const RunDoneEventSchema = z.object({
  type: z.literal('run.done'),
  runId: z.string(),
  userId: z.string(),
  outcome: RunOutcomeSchema,
});

/** A problem was added, changed, published or unpublished: caches drop it. */
export const ProblemChangedEventSchema = z.object({
  type: z.literal('problem.changed'),
  problemId: z.string(),
  version: z.number(),
});

export const EventSchema = z.discriminatedUnion('type', [
  SubmissionUpdateEventSchema,
  SubmissionDoneEventSchema,
  RunDoneEventSchema,
  ProblemChangedEventSchema,
]);
export type VerdictEvent = z.infer<typeof EventSchema>;
export type SubmissionUpdateEvent = z.infer<typeof SubmissionUpdateEventSchema>;
export type SubmissionDoneEvent = z.infer<typeof SubmissionDoneEventSchema>;
export type RunDoneEvent = z.infer<typeof RunDoneEventSchema>;
export type ProblemChangedEvent = z.infer<typeof ProblemChangedEventSchema>;

/** Bus channels. User events go to the owner's channel; problem changes to everyone. */
export const userChannel = (userId: string): string => `user.${userId}`;
export const PROBLEMS_CHANNEL = 'problems';

/** WebSocket close codes of /ws. */
export const WS_CLOSE_UNAUTHORIZED = 4001;
export const WS_CLOSE_TOO_MANY = 4008;
