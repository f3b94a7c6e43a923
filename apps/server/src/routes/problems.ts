import { CatalogImportError, importProblemPackage, SLUG_PATTERN, statementAssetUrl } from '@verdict/catalog';
import { readStatementAsset } from '@verdict/problems';
import { PROBLEMS_CHANNEL, type ProblemChangedEvent, ProblemListQuerySchema } from '@verdict/protocol';
import type { ProblemListItem, ProblemRecord } from '@verdict/store';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Auth } from '../auth.ts';
import { canEdit, type RouteContext, route, visibleProblem } from '../context.ts';
import { ApiError, forbidden, parseWith } from '../errors.ts';
import {
  IdParamsSchema,
  ProblemDetailSchema,
  ProblemListSchema,
  type ProblemSummarySchema,
  UploadResultSchema,
} from '../schemas.ts';

const TAG = 'problems';
const DEFAULT_PAGE = 50;

type ProblemSummary = z.infer<typeof ProblemSummarySchema>;
type ProblemDetail = z.infer<typeof ProblemDetailSchema>;

export function problemSummary(item: ProblemListItem): ProblemSummary {
  return {
    id: item.id,
    title: item.title,
    difficulty: item.difficulty,
    topics: item.topics,
    kind: item.kind,
    published: item.published,
    version: item.version,
    timeLimitMs: item.timeLimitMs,
    memoryMb: item.memoryMb,
    acceptance: item.acceptance,
    submissions: item.submissions,
    status: item.status,
  };
}

const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function problemDetail(ctx: RouteContext, problem: ProblemRecord): ProblemDetail {
  const meta = problem.meta;
  const starter = (meta.starter ?? {}) as Record<string, string>;
  const available = new Set(ctx.languages.map((language) => language.id));
  return {
    id: problem.id,
    title: problem.title,
    difficulty: problem.difficulty,
    topics: problem.topics,
    kind: problem.kind,
    published: problem.published,
    version: problem.version,
    timeLimitMs: problem.timeLimitMs,
    memoryMb: problem.memoryMb,
    statementHtml: typeof meta.statementHtml === 'string' ? meta.statementHtml : '',
    statementPdfUrl: typeof meta.statementPdf === 'string' ? statementAssetUrl(problem.id, meta.statementPdf) : null,
    samples: arrayOf(meta.samples),
    hints: arrayOf(meta.hintsHtml ?? meta.hints),
    starter: Object.fromEntries(Object.entries(starter).filter(([id]) => available.has(id))),
    // a function problem is solved only in the languages its drivers are generated for
    languages: problem.kind === 'function' ? ctx.languages.filter((language) => language.id in starter) : ctx.languages,
    editorialHtml: typeof meta.editorialHtml === 'string' ? meta.editorialHtml : null,
    updatedAt: problem.updatedAt.toISOString(),
  };
}

/** Every instance drops the problem from its cache and tells its sockets. */
export async function announceProblem(ctx: RouteContext, problem: ProblemRecord): Promise<void> {
  ctx.problems.invalidate(problem.id);
  const event: ProblemChangedEvent = { type: 'problem.changed', problemId: problem.id, version: problem.version };
  try {
    await ctx.bus.publish(PROBLEMS_CHANNEL, event);
  } catch (error) {
    ctx.logger.warn({ err: error, problemId: problem.id }, 'announcing a problem change failed; caches expire it');
  }
}

const AssetParamsSchema = z.object({ id: z.string().min(1).max(128), name: z.string().min(1).max(128) });

const UploadQuerySchema = z.object({
  slug: z
    .string()
    .regex(SLUG_PATTERN, '1 to 64 lower-case letters, digits and "-", starting with a letter or digit')
    .optional(),
});

/** The slug an upload names (the query, else the file name of Content-Disposition), when it names one. */
function uploadName(
  query: z.infer<typeof UploadQuerySchema>,
  disposition: string | undefined,
): { slug?: string; name?: string } {
  if (query.slug !== undefined) return { slug: query.slug };
  const file = /filename="?([^";]+)"?/i.exec(disposition ?? '')?.[1];
  return file === undefined ? {} : { name: file };
}

export function problemRoutes(ctx: RouteContext, app: FastifyInstance): void {
  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/problems',
      summary: 'List problems with filters, sorting and pagination; status is the caller’s progress',
      tag: TAG,
      auth: 'optional',
      query: ProblemListQuerySchema,
      responses: { 200: { description: 'a page of problems and the total matching', schema: ProblemListSchema } },
      errors: ['validation_failed'],
    },
    async (request, _reply, auth) => {
      const query = parseWith(ProblemListQuerySchema, request.query, 'query');
      const limit = query.limit ?? DEFAULT_PAGE;
      const offset = query.offset ?? 0;
      const { items, total } = await ctx.store.listProblems({
        difficulty: query.difficulty,
        topic: query.topic,
        text: query.q,
        status: query.status,
        sort: query.sort,
        userId: auth?.user.id,
        publishedOnly: auth?.user.role !== 'admin',
        limit,
        offset,
      });
      return { items: items.map(problemSummary), total, limit, offset };
    },
  );

  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/problems/:id',
      summary: 'A problem: statement as HTML, samples, limits, languages, starter code (ETag; If-None-Match → 304)',
      tag: TAG,
      auth: 'optional',
      headers: [{ name: 'If-None-Match', description: 'the ETag of a copy you hold' }],
      responses: {
        200: { description: 'the problem', schema: ProblemDetailSchema },
        304: { description: 'your copy is current' },
      },
      errors: ['unknown_problem'],
    },
    async (request, reply, auth) => {
      const { id } = parseWith(IdParamsSchema, request.params, 'params');
      const problem = await visibleProblem(ctx, id, auth);
      const etag = `"${problem.id}-v${problem.version}-${ctx.languagesTag}"`;
      reply.header('etag', etag).header('cache-control', 'private, no-cache');
      const match = request.headers['if-none-match'];
      if (match?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
        return reply.status(304).send();
      }
      return problemDetail(ctx, problem);
    },
  );

  app.register(async (scope) => {
    // zip bodies are accepted on this route only
    scope.addContentTypeParser(
      ['application/zip', 'application/x-zip-compressed', 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: ctx.policy.maxPackageBytes },
      (_request, body, done) => done(null, body),
    );
    route(
      ctx,
      scope,
      {
        method: 'POST',
        url: '/api/v1/problems',
        summary: 'Upload a problem package (authors and admins); a new problem stays unpublished until published',
        tag: TAG,
        auth: 'author',
        bodyLimit: ctx.policy.maxPackageBytes,
        rawBody: { contentType: 'application/zip', description: 'a zip of a problem package (ICPC/Kattis layout)' },
        query: UploadQuerySchema,
        headers: [{ name: 'Content-Disposition', description: 'attachment; filename="<slug>.zip" names the problem' }],
        responses: {
          201: { description: 'a new problem', schema: UploadResultSchema },
          200: { description: 'an existing problem, updated', schema: UploadResultSchema },
        },
        errors: [
          'validation_failed',
          'unauthorized',
          'forbidden',
          'csrf_failed',
          'bad_package',
          'payload_too_large',
          'bad_request',
        ],
      },
      async (request, reply, auth) =>
        upload(
          ctx,
          request.body,
          uploadName(parseWith(UploadQuerySchema, request.query, 'query'), request.headers['content-disposition']),
          auth,
          reply,
        ),
    );
  });

  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/problems/:id/assets/:name',
      summary:
        'An image of the statement (png, jpg, gif or webp beside it) or its PDF (problem.en.pdf, a download), from the problem’s package',
      tag: TAG,
      auth: 'optional',
      responses: { 200: { description: 'the image, or the PDF statement', contentType: 'image/*' } },
      errors: ['unknown_problem', 'not_found'],
    },
    async (request, reply, auth) => {
      const { id, name } = parseWith(AssetParamsSchema, request.params, 'params');
      const problem = await visibleProblem(ctx, id, auth);
      const zip = await ctx.store.getPackage(problem.packageHash);
      const asset = zip && readStatementAsset(zip, name);
      if (!asset) {
        throw new ApiError(404, 'not_found', `problem "${id}" has no image "${name}" beside its statement`);
      }
      // a PDF is saved, not opened on our origin (a PDF viewer runs the document's script)
      if (asset.download) reply.header('content-disposition', `attachment; filename="${name}"`);
      return (
        reply
          .header('content-type', asset.contentType)
          // an image is only ever an image: no sniffing, no script, no plugins, even opened on its own
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', problem.published ? 'public, max-age=3600' : 'private, no-cache')
          .send(Buffer.from(asset.bytes.buffer, asset.bytes.byteOffset, asset.bytes.byteLength))
      );
    },
  );

  for (const action of ['publish', 'unpublish'] as const) {
    route(
      ctx,
      app,
      {
        method: 'POST',
        url: `/api/v1/problems/:id/${action}`,
        summary:
          action === 'publish'
            ? 'Publish a problem (its author or an admin)'
            : 'Unpublish a problem (its author or an admin)',
        tag: TAG,
        auth: 'author',
        responses: { 200: { description: 'the problem', schema: ProblemDetailSchema } },
        errors: ['unauthorized', 'forbidden', 'csrf_failed', 'unknown_problem'],
      },
      async (request, _reply, auth) => {
        const { id } = parseWith(IdParamsSchema, request.params, 'params');
        const problem = await visibleProblem(ctx, id, auth);
        if (!canEdit(problem, auth)) throw forbidden(`only the author of "${id}" or an admin can ${action} it`);
        const updated =
          problem.published === (action === 'publish')
            ? problem
            : await ctx.store.setProblemPublished(id, action === 'publish');
        if (!updated) throw new ApiError(404, 'unknown_problem', `problem "${id}" was just deleted`);
        if (updated !== problem) await announceProblem(ctx, updated);
        return problemDetail(ctx, updated);
      },
    );
  }
}

async function upload(
  ctx: RouteContext,
  body: unknown,
  naming: { slug?: string; name?: string },
  auth: Auth,
  reply: import('fastify').FastifyReply,
): Promise<unknown> {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new ApiError(400, 'bad_request', 'send the package zip as the body with Content-Type: application/zip');
  }
  const isAdmin = auth.user.role === 'admin';
  // an author may only replace their own problems, so the slug must be known before the import
  if (!isAdmin && naming.slug === undefined) {
    throw new ApiError(400, 'validation_failed', 'query: field "slug": authors name the problem with ?slug=<slug>');
  }
  const existing = naming.slug === undefined ? undefined : await ctx.store.getProblem(naming.slug);
  if (existing && !canEdit(existing, auth)) {
    throw forbidden(`the problem "${existing.id}" belongs to another author; choose another slug`);
  }
  let result: Awaited<ReturnType<typeof importProblemPackage>>;
  try {
    result = await importProblemPackage({
      store: ctx.store,
      source: {
        zip: new Uint8Array(body.buffer, body.byteOffset, body.length),
        ...(naming.name ? { name: naming.name } : {}),
      },
      ...(naming.slug ? { slug: naming.slug } : {}),
      // a new problem is the uploader's; an existing one keeps its author
      authorId: existing ? undefined : auth.user.id,
      // a new upload is a draft to preview; re-uploading a known problem keeps its state
      publish: existing ? undefined : false,
      languages: ctx.catalogLanguages,
    });
  } catch (error) {
    if (error instanceof CatalogImportError) {
      // the package's own problems, file by file; the catalog keeps server paths out of them
      const issues = error.issues.map((issue) => ({ file: issue.file, message: issue.message }));
      throw new ApiError(400, 'bad_package', `${error.message}\nFix the package and upload it again.`, {}, { issues });
    }
    throw error;
  }
  if (result.changed) await announceProblem(ctx, result.problem);
  reply.status(result.problem.version === 1 && result.changed ? 201 : 200);
  return { problem: problemDetail(ctx, result.problem), changed: result.changed, issues: result.issues };
}
