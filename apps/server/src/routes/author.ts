import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { canEdit, type RouteContext, route, visibleProblem } from '../context.ts';
import { ApiError, forbidden, parseWith } from '../errors.ts';
import { IdParamsSchema, ProblemSummarySchema } from '../schemas.ts';
import { announceProblem, problemSummary } from './problems.ts';

const TAG = 'author';
/** An author's own problems fit one page; the store caps a page at 500. */
const MY_PROBLEMS_LIMIT = 500;

const MyProblemsSchema = z.object({ items: z.array(ProblemSummarySchema), total: z.number() });

/**
 * What an author manages: the list of their own problems (drafts included) and deleting one.
 * Publishing and unpublishing are POST /api/v1/problems/:id/publish|unpublish.
 */
export function authorRoutes(ctx: RouteContext, app: FastifyInstance): void {
  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/author/problems',
      summary: 'The caller’s own problems, drafts and published, with their state (authors and admins)',
      tag: TAG,
      auth: 'author',
      responses: { 200: { description: 'the caller’s problems by id', schema: MyProblemsSchema } },
      errors: ['unauthorized', 'forbidden'],
    },
    async (_request, _reply, auth) => {
      const { items, total } = await ctx.store.listProblems({
        authorId: auth.user.id,
        userId: auth.user.id,
        limit: MY_PROBLEMS_LIMIT,
      });
      return { items: items.map(problemSummary), total };
    },
  );

  route(
    ctx,
    app,
    {
      method: 'DELETE',
      url: '/api/v1/problems/:id',
      summary:
        'Delete an unpublished problem with its submissions (its author or an admin); unpublish a published one first',
      tag: TAG,
      auth: 'author',
      responses: { 204: { description: 'deleted' } },
      errors: ['unauthorized', 'forbidden', 'csrf_failed', 'unknown_problem', 'conflict'],
    },
    async (request, reply, auth) => {
      const { id } = parseWith(IdParamsSchema, request.params, 'params');
      // another author's draft answers 404 like a missing problem: its existence is not revealed
      const problem = await visibleProblem(ctx, id, auth);
      if (!canEdit(problem, auth)) throw forbidden(`only the author of "${id}" or an admin can delete it`);
      if (problem.published) {
        throw new ApiError(
          409,
          'conflict',
          `"${id}" is published: unpublish it first (POST /api/v1/problems/${id}/unpublish), then delete it`,
        );
      }
      if (!(await ctx.store.deleteProblem(id))) throw new ApiError(404, 'unknown_problem', `"${id}" is already gone`);
      await announceProblem(ctx, { ...problem, version: problem.version + 1 });
      return reply.status(204).send();
    },
  );
}
