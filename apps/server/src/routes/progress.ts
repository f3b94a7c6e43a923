import { ProgressBodySchema } from '@verdict/protocol';
import { StoreNotFoundError } from '@verdict/store';
import type { FastifyInstance } from 'fastify';
import { type RouteContext, route, unknownProblem, visibleProblem } from '../context.ts';
import { parseWith } from '../errors.ts';
import { IdParamsSchema, ProgressSetSchema, ProgressViewSchema } from '../schemas.ts';
import { submissionSummary } from './submissions.ts';

const TAG = 'progress';
const RECENT_SUBMISSIONS = 10;

export function progressRoutes(ctx: RouteContext, app: FastifyInstance): void {
  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/me/progress',
      summary: 'Your progress: status per problem, solved counts by difficulty and topic, streak, activity',
      tag: TAG,
      auth: 'user',
      responses: { 200: { description: 'the progress', schema: ProgressViewSchema } },
      errors: ['unauthorized'],
    },
    async (_request, _reply, auth) => {
      const [progress, recent] = await Promise.all([
        ctx.store.getProgress(auth.user.id),
        ctx.store.listSubmissions({ userId: auth.user.id, limit: RECENT_SUBMISSIONS }),
      ]);
      return {
        problems: progress.problems.map((entry) => ({
          problemId: entry.problemId,
          status: entry.status,
          updatedAt: entry.updatedAt.toISOString(),
        })),
        solvedByDifficulty: progress.solvedByDifficulty,
        solvedByTopic: progress.solvedByTopic,
        streakDays: progress.streakDays,
        activity: progress.activity,
        recentSubmissions: recent.map(submissionSummary),
      };
    },
  );

  route(
    ctx,
    app,
    {
      method: 'PUT',
      url: '/api/v1/problems/:id/progress',
      summary: 'Set your progress on a problem by hand (submissions also set it: in progress, then completed on AC)',
      tag: TAG,
      auth: 'user',
      body: ProgressBodySchema,
      responses: { 200: { description: 'the new status', schema: ProgressSetSchema } },
      errors: ['bad_json', 'validation_failed', 'unauthorized', 'csrf_failed', 'unknown_problem'],
    },
    async (request, _reply, auth) => {
      const { id } = parseWith(IdParamsSchema, request.params, 'params');
      const body = parseWith(ProgressBodySchema, request.body, 'body');
      const problem = await visibleProblem(ctx, id, auth);
      try {
        await ctx.store.setProgress(auth.user.id, problem.id, body.status);
      } catch (error) {
        if (error instanceof StoreNotFoundError) throw unknownProblem(id);
        throw error;
      }
      return { problemId: problem.id, status: body.status };
    },
  );
}
