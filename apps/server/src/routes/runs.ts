import { codeFits, RunBodySchema, type RunJob, RunOutcomeSchema } from '@verdict/protocol';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { checkLanguage, checkProblemLanguage, type RouteContext, route, visibleProblem } from '../context.ts';
import { ApiError, parseWith, tooMany } from '../errors.ts';
import { newRunId, runIdKey, verifyRunId } from '../run-ids.ts';
import { RUN_TTL_MS } from '../runs.ts';
import { IdParamsSchema, RunViewSchema } from '../schemas.ts';
import { codeTooLarge } from './submissions.ts';

const TAG = 'runs';

const RunQuerySchema = z.object({
  /** how long to wait for the outcome, at most the server's limit; 0 answers 202 at once */
  waitMs: z.coerce.number().int().min(0).max(60_000).optional(),
});

export function runRoutes(ctx: RouteContext, app: FastifyInstance): void {
  const runKey = runIdKey(ctx.workerToken);
  route(
    ctx,
    app,
    {
      method: 'POST',
      url: '/api/v1/runs',
      summary:
        'Run code on your input (with a problem: also its reference solution’s output). 200 with the outcome when it ' +
        'finishes within the wait, else 202 {id}: the outcome comes as run.done on /ws and from GET /api/v1/runs/:id',
      tag: TAG,
      auth: 'user',
      body: RunBodySchema,
      query: RunQuerySchema,
      responses: {
        200: { description: 'finished within the wait', schema: RunViewSchema },
        202: { description: 'still running: watch /ws or poll GET /api/v1/runs/:id', schema: RunViewSchema },
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
        'payload_too_large',
      ],
    },
    async (request, reply, auth) => {
      const body = parseWith(RunBodySchema, request.body, 'body');
      const query = parseWith(RunQuerySchema, request.query, 'query');
      if (!codeFits(body.code)) throw codeTooLarge();
      checkLanguage(ctx, body.language);
      const problem = body.problemId ? await visibleProblem(ctx, body.problemId, auth) : null;
      if (problem) checkProblemLanguage(problem, body.language);
      const limit = ctx.limiters.runs.hit(auth.user.id);
      if (!limit.ok)
        throw tooMany('rate_limited', `at most ${ctx.policy.runsPerMinute} runs a minute`, limit.retryAfterMs);

      const id = newRunId(runKey, auth.user.id);
      const waitMs = Math.min(query.waitMs ?? ctx.policy.runWaitMs, ctx.policy.runWaitMs);
      // waiting starts before the job exists, so an outcome that comes back at once is not missed
      const outcome = ctx.runs.waitFor(id, waitMs);
      const job: RunJob = {
        kind: 'run',
        id,
        userId: auth.user.id,
        problemId: problem?.id ?? null,
        packageHash: problem?.packageHash ?? null,
        language: body.language,
        code: body.code,
        stdin: body.stdin,
      };
      await ctx.queue.enqueue({ id, priority: 'high', payload: job });
      const finished = await outcome;
      if (finished) return { id, status: 'done', outcome: finished };
      reply.status(202).header('location', `/api/v1/runs/${id}`);
      return { id, status: 'pending', outcome: null };
    },
  );

  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/runs/:id',
      summary: `A run’s outcome, kept ${RUN_TTL_MS / 60_000} minutes; pending while it runs`,
      tag: TAG,
      auth: 'user',
      responses: { 200: { description: 'the run', schema: RunViewSchema } },
      errors: ['unauthorized', 'not_found'],
    },
    async (request, _reply, auth) => {
      const { id } = parseWith(IdParamsSchema, request.params, 'params');
      // a made-up id, however well-formed, fails the signature: 404, never a pending run
      const issued = verifyRunId(runKey, id);
      if (issued?.userId !== auth.user.id) {
        throw new ApiError(404, 'not_found', `there is no run ${id} of yours; POST /api/v1/runs starts one`);
      }
      const createdAt = issued.createdAtMs;
      const done = ctx.runs.get(id);
      if (done) return { id, status: 'done', outcome: RunOutcomeSchema.parse(done.outcome) };
      if (Date.now() - createdAt > RUN_TTL_MS) {
        throw new ApiError(404, 'not_found', `run ${id} is older than ${RUN_TTL_MS / 60_000} minutes; run it again`);
      }
      return { id, status: 'pending', outcome: null };
    },
  );
}
