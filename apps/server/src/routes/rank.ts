import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { type RouteContext, route } from '../context.ts';
import { ApiError, parseWith } from '../errors.ts';
import { IdParamsSchema, SubmissionRankSchema } from '../schemas.ts';

const TAG = 'submissions';
/** fasterThanPercent keeps one decimal */
const PERCENT_DECIMALS = 1;

function percent(part: number, whole: number): number {
  const scale = 10 ** PERCENT_DECIMALS;
  return whole === 0 ? 0 : Math.round((part / whole) * 100 * scale) / scale;
}

/** Where an accepted submission's runtime sits among every accepted one of its problem and language. */
export function rankRoutes(ctx: RouteContext, app: FastifyInstance): void {
  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/submissions/:id/rank',
      summary:
        'Where an accepted submission sits: the runtime histogram of AC submissions of its problem and language (its owner or an admin)',
      tag: TAG,
      auth: 'user',
      responses: { 200: { description: 'the ranking', schema: SubmissionRankSchema } },
      errors: ['unauthorized', 'validation_failed', 'not_found', 'not_accepted'],
    },
    async (request, _reply, auth): Promise<z.infer<typeof SubmissionRankSchema>> => {
      const { id } = parseWith(IdParamsSchema, request.params, 'params');
      const record = await ctx.store.getSubmission(id);
      // the visibility of GET /api/v1/submissions/:id
      if (!record || (record.userId !== auth.user.id && auth.user.role !== 'admin')) {
        throw new ApiError(
          404,
          'not_found',
          `there is no submission ${id} of yours; GET /api/v1/submissions lists them`,
        );
      }
      if (record.state !== 'done' || record.verdict !== 'AC') {
        const now = record.state === 'done' ? `its verdict is ${record.verdict}` : `it is still ${record.state}`;
        throw new ApiError(
          409,
          'not_accepted',
          `submission ${id} is not accepted (${now}); only accepted submissions are ranked by runtime`,
        );
      }
      // the distribution counts an AC without a runtime as 0 ms: so does this
      const runtimeMs = record.cpuMs ?? 0;
      const distribution = await ctx.store.getRuntimeDistribution({
        problemId: record.problemId,
        language: record.language,
        runtimeMs,
      });
      if (distribution.bucket === null) {
        throw new Error(`accepted submission ${id} (${runtimeMs} ms) is outside its own runtime distribution`);
      }
      return {
        submissionId: record.id,
        problemId: record.problemId,
        language: record.language,
        runtimeMs,
        memoryKb: record.memoryKb,
        acceptedCount: distribution.acceptedCount,
        fasterThanPercent: percent(distribution.slowerCount, distribution.acceptedCount),
        histogram: distribution.histogram,
        bucket: distribution.bucket,
      };
    },
  );
}
