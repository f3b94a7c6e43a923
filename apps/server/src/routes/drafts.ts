import { codeFits, DraftBodySchema } from '@verdict/protocol';
import { type DraftRecord, StoreNotFoundError } from '@verdict/store';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { checkLanguage, type RouteContext, route, unknownProblem, visibleProblem } from '../context.ts';
import { parseWith } from '../errors.ts';
import { DraftListSchema, DraftParamsSchema, DraftViewSchema, ProblemIdParamsSchema } from '../schemas.ts';
import { codeTooLarge } from './submissions.ts';

const TAG = 'drafts';

function draftView(draft: DraftRecord): z.infer<typeof DraftViewSchema> {
  return {
    problemId: draft.problemId,
    language: draft.language,
    code: draft.code,
    updatedAt: draft.updatedAt.toISOString(),
  };
}

/** The editor's code kept on the account, one draft per problem and language (autosaved). */
export function draftRoutes(ctx: RouteContext, app: FastifyInstance): void {
  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/me/drafts/:problemId',
      summary: 'Your saved drafts of a problem, one per language, most recently saved first',
      tag: TAG,
      auth: 'user',
      responses: { 200: { description: 'the drafts (none: an empty list)', schema: DraftListSchema } },
      errors: ['unauthorized', 'validation_failed', 'unknown_problem'],
    },
    async (request, _reply, auth) => {
      const { problemId } = parseWith(ProblemIdParamsSchema, request.params, 'params');
      const problem = await visibleProblem(ctx, problemId, auth);
      const drafts = await ctx.store.listDrafts(auth.user.id, problem.id);
      return { drafts: drafts.map(draftView) };
    },
  );

  route(
    ctx,
    app,
    {
      method: 'PUT',
      url: '/api/v1/me/drafts/:problemId/:language',
      summary: 'Save your draft of a problem in a language (creates or replaces it: the last write wins)',
      tag: TAG,
      auth: 'user',
      body: DraftBodySchema,
      responses: { 200: { description: 'the saved draft', schema: DraftViewSchema } },
      errors: [
        'bad_json',
        'validation_failed',
        'unauthorized',
        'csrf_failed',
        'code_too_large',
        'unknown_language',
        'unknown_problem',
        'payload_too_large',
      ],
    },
    async (request, _reply, auth) => {
      const { problemId, language } = parseWith(DraftParamsSchema, request.params, 'params');
      const body = parseWith(DraftBodySchema, request.body, 'body');
      if (!codeFits(body.code)) throw codeTooLarge();
      checkLanguage(ctx, language);
      const problem = await visibleProblem(ctx, problemId, auth);
      try {
        const saved = await ctx.store.saveDraft({
          userId: auth.user.id,
          problemId: problem.id,
          language,
          code: body.code,
        });
        return draftView(saved);
      } catch (error) {
        if (error instanceof StoreNotFoundError) throw unknownProblem(problemId);
        throw error;
      }
    },
  );

  route(
    ctx,
    app,
    {
      method: 'DELETE',
      url: '/api/v1/me/drafts/:problemId/:language',
      summary: 'Delete your draft of a problem in a language (204 also when there was none)',
      tag: TAG,
      auth: 'user',
      responses: { 204: { description: 'deleted (or there was nothing to delete)' } },
      errors: ['unauthorized', 'csrf_failed', 'validation_failed'],
    },
    async (request, reply, auth) => {
      const { problemId, language } = parseWith(DraftParamsSchema, request.params, 'params');
      // no problem or language check: a draft of a problem unpublished since must stay deletable
      await ctx.store.deleteDraft(auth.user.id, problemId, language);
      return reply.status(204).send();
    },
  );
}
