import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { type RouteContext, route } from '../context.ts';
import { ApiError } from '../errors.ts';
import { DailySchema } from '../schemas.ts';
import { problemSummary } from './problems.ts';

const TAG = 'problems';
/** a pick unpublished between reading it and reading its summary is replaced; one retry covers it */
const ATTEMPTS = 2;

/** The UTC day of an instant, YYYY-MM-DD. */
function utcDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The problem of the day: the same for everyone all (UTC) day, on every instance. */
export function dailyRoutes(ctx: RouteContext, app: FastifyInstance): void {
  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/daily',
      summary: 'The problem of the (UTC) day, as GET /api/v1/problems lists it, with your status when signed in',
      tag: TAG,
      auth: 'optional',
      responses: { 200: { description: 'the day and its problem', schema: DailySchema } },
      errors: ['no_problems'],
    },
    async (_request, _reply, auth): Promise<z.infer<typeof DailySchema>> => {
      const date = utcDate(new Date());
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const problemId = await ctx.store.getDailyProblemId(date);
        if (problemId === undefined) break;
        const { items } = await ctx.store.listProblems({
          ids: [problemId],
          publishedOnly: true,
          userId: auth?.user.id,
          limit: 1,
        });
        if (items[0]) return { date, problem: problemSummary(items[0]) };
      }
      throw new ApiError(404, 'no_problems', 'no problem is published yet, so there is no problem of the day');
    },
  );
}
