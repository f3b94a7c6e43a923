import {
  INTERNAL_ROUTE_PATTERNS,
  RunOutcomeSchema,
  SubmissionOutcomeSchema,
  SubmissionProgressSchema,
} from '@verdict/protocol';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type RouteContext, route } from '../context.ts';
import { ApiError, parseWith } from '../errors.ts';
import { UnknownJobError } from '../lifecycle.ts';
import { IdParamsSchema, StartResponseSchema } from '../schemas.ts';

const TAG = 'internal (workers)';
const FinishResponseSchema = z.object({ stored: z.boolean() });
const HashParamsSchema = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in lower-case hex') });
/** A worker's outcome carries per-test results and compiler output: more than an API body. */
const OUTCOME_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

async function known<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof UnknownJobError) throw new ApiError(404, 'not_found', error.message);
    throw error;
  }
}

/** The API separate worker processes call (WorkerLink over HTTP), with the worker token. */
export function internalRoutes(ctx: RouteContext, app: FastifyInstance): void {
  const common = { tag: TAG, auth: 'worker' as const, rateLimited: false, csrf: false };

  route(
    ctx,
    app,
    {
      ...common,
      method: 'GET',
      url: INTERNAL_ROUTE_PATTERNS.package,
      summary: 'A problem package zip by its sha256',
      responses: { 200: { description: 'the zip', contentType: 'application/zip', schema: z.string() } },
      errors: ['unauthorized', 'validation_failed', 'not_found'],
    },
    async (request, reply) => {
      const { hash } = parseWith(HashParamsSchema, request.params, 'params');
      const bytes = await ctx.store.getPackage(hash);
      if (!bytes) throw new ApiError(404, 'not_found', `no problem package has the hash ${hash}`);
      return reply.type('application/zip').send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  );

  route(
    ctx,
    app,
    {
      ...common,
      method: 'POST',
      url: INTERNAL_ROUTE_PATTERNS.startSubmission,
      summary: 'A worker took a submission: counts the attempt; proceed=false means acknowledge and skip',
      responses: { 200: { description: 'whether to judge it', schema: StartResponseSchema } },
      errors: ['unauthorized', 'not_found'],
    },
    async (request) => {
      const { id } = parseWith(IdParamsSchema, request.params, 'params');
      return known(ctx.lifecycle.start(id));
    },
  );

  /** A worker's report on a job: stored (and published) before the answer, 404 for an unknown job. */
  const report = <T>(options: {
    url: string;
    summary: string;
    schema: z.ZodType<T>;
    done: string;
    handle: (id: string, body: T) => Promise<unknown>;
  }) =>
    route(
      ctx,
      app,
      {
        ...common,
        method: 'POST',
        url: options.url,
        summary: options.summary,
        body: options.schema,
        bodyLimit: OUTCOME_BODY_LIMIT_BYTES,
        responses: { 204: { description: options.done } },
        errors: ['unauthorized', 'bad_json', 'validation_failed', 'not_found'],
      },
      async (request, reply) => {
        const { id } = parseWith(IdParamsSchema, request.params, 'params');
        await known(options.handle(id, parseWith(options.schema, request.body, 'body')));
        return reply.status(204).send();
      },
    );

  report({
    url: INTERNAL_ROUTE_PATTERNS.submissionProgress,
    summary: 'Progress of a submission being judged',
    schema: SubmissionProgressSchema,
    done: 'stored and published',
    handle: (id, body) => ctx.lifecycle.progress(id, body),
  });
  // idempotent: a redelivered job may report again; only the first verdict is stored and announced
  route(
    ctx,
    app,
    {
      ...common,
      method: 'POST',
      url: INTERNAL_ROUTE_PATTERNS.finishSubmission,
      summary:
        'The verdict of a submission: answered only once it is stored (then the job may be acknowledged); ' +
        'stored=false when a verdict was stored before (this one is dropped)',
      body: SubmissionOutcomeSchema,
      bodyLimit: OUTCOME_BODY_LIMIT_BYTES,
      responses: { 200: { description: 'the submission has its verdict', schema: FinishResponseSchema } },
      errors: ['unauthorized', 'bad_json', 'validation_failed', 'not_found'],
    },
    async (request) => {
      const { id } = parseWith(IdParamsSchema, request.params, 'params');
      return known(ctx.lifecycle.finish(id, parseWith(SubmissionOutcomeSchema, request.body, 'body')));
    },
  );
  report({
    url: INTERNAL_ROUTE_PATTERNS.finishRun,
    summary: 'The outcome of a custom-input run',
    schema: RunOutcomeSchema,
    done: 'published',
    handle: (id, body) => ctx.lifecycle.finishRun(id, body),
  });
}
