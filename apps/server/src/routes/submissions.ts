import { CODE_MAX_BYTES, codeFits, SubmissionBodySchema } from '@verdict/protocol';
import type { SubmissionRecord } from '@verdict/store';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { checkLanguage, checkProblemLanguage, type RouteContext, route, visibleProblem } from '../context.ts';
import { ApiError, parseWith, tooMany } from '../errors.ts';
import { submitJobFor } from '../reconcile.ts';
import {
  IdParamsSchema,
  ProblemSubmissionsQuerySchema,
  SubmissionAcceptedSchema,
  SubmissionDetailSchema,
  SubmissionListQuerySchema,
  SubmissionListSchema,
  type SubmissionSummarySchema,
} from '../schemas.ts';

const TAG = 'submissions';
const DEFAULT_PAGE = 20;
const IDEMPOTENCY_KEY_MAX = 128;
/** What a client at the active-submission cap is told to wait: about one short judging. */
const ACTIVE_RETRY_AFTER_MS = 5_000;

export function submissionSummary(record: SubmissionRecord): z.infer<typeof SubmissionSummarySchema> {
  return {
    id: record.id,
    problemId: record.problemId,
    language: record.language,
    state: record.state,
    verdict: record.verdict,
    score: record.score,
    maxScore: record.maxScore,
    testsDone: record.testsDone,
    testsTotal: record.testsTotal,
    cpuMs: record.cpuMs,
    memoryKb: record.memoryKb,
    createdAt: record.createdAt.toISOString(),
    finishedAt: record.finishedAt?.toISOString() ?? null,
  };
}

function submissionDetail(record: SubmissionRecord): z.infer<typeof SubmissionDetailSchema> {
  return {
    ...submissionSummary(record),
    userId: record.userId,
    code: record.code,
    tests: record.results,
    compileOutput: record.compileOutput,
    message: record.message,
    attempts: record.attempts,
  };
}

function page(records: SubmissionRecord[], limit: number): z.infer<typeof SubmissionListSchema> {
  const last = records.at(-1);
  return {
    items: records.map(submissionSummary),
    nextBefore: records.length === limit && last ? last.createdAt.toISOString() : null,
  };
}

export function codeTooLarge(): ApiError {
  return new ApiError(
    413,
    'code_too_large',
    `the code is larger than ${CODE_MAX_BYTES / 1024} KiB of UTF-8; shorten it (generated tables belong in the input)`,
  );
}

export function submissionRoutes(ctx: RouteContext, app: FastifyInstance): void {
  route(
    ctx,
    app,
    {
      method: 'POST',
      url: '/api/v1/submissions',
      summary: 'Submit code for judging: answers 202 at once; progress and the verdict arrive on /ws',
      tag: TAG,
      auth: 'user',
      body: SubmissionBodySchema,
      headers: [{ name: 'Idempotency-Key', description: 'a retry with the same key returns the first submission' }],
      responses: {
        202: {
          description: 'queued (or, with a known Idempotency-Key, the first submission)',
          schema: SubmissionAcceptedSchema,
        },
      },
      errors: [
        'bad_json',
        'validation_failed',
        'unauthorized',
        'csrf_failed',
        'code_too_large',
        'unknown_language',
        'unknown_problem',
        'rate_limited',
        'too_many_active',
        'payload_too_large',
      ],
    },
    async (request, reply, auth) => {
      const body = parseWith(SubmissionBodySchema, request.body, 'body');
      if (!codeFits(body.code)) throw codeTooLarge();
      const key = request.headers['idempotency-key'];
      if (key !== undefined && (typeof key !== 'string' || key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX)) {
        throw new ApiError(
          400,
          'validation_failed',
          `the Idempotency-Key header must be 1 to ${IDEMPOTENCY_KEY_MAX} characters`,
        );
      }
      checkLanguage(ctx, body.language);
      const problem = await visibleProblem(ctx, body.problemId, auth);
      checkProblemLanguage(problem, body.language);
      const userId = auth.user.id;
      const active = await ctx.store.countActiveSubmissions(userId);
      if (active >= ctx.policy.maxActiveSubmissions) {
        throw tooMany(
          'too_many_active',
          `you have ${active} submissions waiting or being judged (at most ${ctx.policy.maxActiveSubmissions})`,
          ACTIVE_RETRY_AFTER_MS,
        );
      }
      const limit = ctx.limiters.submissions.hit(userId);
      if (!limit.ok) {
        throw tooMany(
          'rate_limited',
          `at most ${ctx.policy.submissionsPerMinute} submissions a minute`,
          limit.retryAfterMs,
        );
      }
      const { submission, created } = await ctx.store.createSubmission({
        userId,
        problemId: problem.id,
        language: body.language,
        code: body.code,
        ...(key === undefined ? {} : { idempotencyKey: key }),
      });
      if (created) {
        try {
          await ctx.queue.enqueue({
            id: submission.id,
            priority: 'normal',
            payload: submitJobFor(submission, problem),
          });
        } catch (error) {
          // every submission reaches a verdict: one that never reached the queue says so
          request.log.error({ err: error, submissionId: submission.id, alert: true }, 'enqueueing a submission failed');
          await ctx.lifecycle.finish(submission.id, {
            verdict: 'IE',
            score: null,
            maxScore: null,
            cpuMs: null,
            memoryKb: null,
            tests: [],
            compileOutput: null,
            message:
              'the judging queue could not be reached; submit again in a minute. This is not a fault of your code.',
          });
        }
      } else {
        reply.header('idempotent-replayed', 'true');
      }
      reply.status(202).header('location', `/api/v1/submissions/${submission.id}`);
      const current = created ? submission : ((await ctx.store.getSubmission(submission.id)) ?? submission);
      return { id: submission.id, state: current.state };
    },
  );

  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/submissions/:id',
      summary: 'A submission: state, verdict, per-test results, compiler output (its owner or an admin)',
      tag: TAG,
      auth: 'user',
      responses: { 200: { description: 'the submission', schema: SubmissionDetailSchema } },
      errors: ['unauthorized', 'not_found'],
    },
    async (request, _reply, auth) => {
      const { id } = parseWith(IdParamsSchema, request.params, 'params');
      const record = await ctx.store.getSubmission(id);
      if (!record || (record.userId !== auth.user.id && auth.user.role !== 'admin')) {
        throw new ApiError(
          404,
          'not_found',
          `there is no submission ${id} of yours; GET /api/v1/submissions lists them`,
        );
      }
      return submissionDetail(record);
    },
  );

  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/submissions',
      summary: 'Your submissions, newest first (page with ?before=<nextBefore>)',
      tag: TAG,
      auth: 'user',
      query: SubmissionListQuerySchema,
      responses: { 200: { description: 'a page of submissions', schema: SubmissionListSchema } },
      errors: ['unauthorized', 'validation_failed'],
    },
    async (request, _reply, auth) => {
      const query = parseWith(SubmissionListQuerySchema, request.query, 'query');
      const limit = query.limit ?? DEFAULT_PAGE;
      const records = await ctx.store.listSubmissions({
        userId: auth.user.id,
        problemId: query.problemId,
        limit,
        before: query.before === undefined ? undefined : new Date(query.before),
      });
      return page(records, limit);
    },
  );

  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/problems/:id/submissions',
      summary: 'Your submissions to a problem, newest first (admins: ?scope=all for everyone’s)',
      tag: TAG,
      auth: 'user',
      query: ProblemSubmissionsQuerySchema,
      responses: { 200: { description: 'a page of submissions', schema: SubmissionListSchema } },
      errors: ['unauthorized', 'validation_failed', 'unknown_problem', 'forbidden'],
    },
    async (request, _reply, auth) => {
      const { id } = parseWith(IdParamsSchema, request.params, 'params');
      const query = parseWith(ProblemSubmissionsQuerySchema, request.query, 'query');
      const problem = await visibleProblem(ctx, id, auth);
      if (query.scope === 'all' && auth.user.role !== 'admin') {
        throw new ApiError(403, 'forbidden', 'only admins see everyone’s submissions; leave out scope=all');
      }
      const limit = query.limit ?? DEFAULT_PAGE;
      const records = await ctx.store.listSubmissions({
        ...(query.scope === 'all' ? {} : { userId: auth.user.id }),
        problemId: problem.id,
        limit,
        before: query.before === undefined ? undefined : new Date(query.before),
      });
      return page(records, limit);
    },
  );
}
