import type { Language } from '@verdict/languages';
import type { EventBus, JobQueue } from '@verdict/queue';
import type { ProblemRecord, Store } from '@verdict/store';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { type Auth, type Authenticator, sameSecret } from './auth.ts';
import { ApiError } from './errors.ts';
import type { SubmissionLifecycle } from './lifecycle.ts';
import type { WindowLimiter } from './limiter.ts';
import type { ApiDoc, RouteDoc } from './openapi.ts';
import type { ProblemCache } from './problem-cache.ts';
import type { RunRegistry } from './runs.ts';
import { checkText } from './text-guard.ts';
import type { WsHub } from './ws-hub.ts';

/** A language this platform judges, as the API lists it. */
export interface AvailableLanguage {
  id: string;
  name: string;
  version: string | null;
}

/** Limits and switches of the API; every field has a default (createServer). */
export interface ServerPolicy {
  /** mark the session cookie Secure (the site is served over HTTPS) */
  cookieSecure: boolean;
  /** usernames (case-insensitive) that get the admin role when they register */
  admins: string[];
  requestsPerMinute: number;
  loginAttemptsPerIp: number;
  loginFailuresPerAccount: number;
  submissionsPerMinute: number;
  runsPerMinute: number;
  maxActiveSubmissions: number;
  runWaitMs: number;
  maxPackageBytes: number;
}

export interface Limiters {
  loginPerIp: WindowLimiter;
  loginFailures: WindowLimiter;
  submissions: WindowLimiter;
  runs: WindowLimiter;
}

/** What every route module gets. */
export interface RouteContext {
  store: Store;
  queue: JobQueue;
  bus: EventBus;
  logger: Logger;
  languages: AvailableLanguage[];
  /** every loaded language (starter templates, reference solutions of imported packages) */
  catalogLanguages: readonly Language[];
  policy: ServerPolicy;
  limiters: Limiters;
  auth: Authenticator;
  problems: ProblemCache;
  runs: RunRegistry;
  hub: WsHub;
  lifecycle: SubmissionLifecycle;
  doc: ApiDoc;
  workerToken: string;
  /** fingerprint of the languages, part of every problem ETag */
  languagesTag: string;
}

type AuthFor<A extends RouteDoc['auth']> = A extends 'user' | 'author' | 'admin'
  ? Auth
  : A extends 'optional'
    ? Auth | null
    : null;

export interface RouteSpec<A extends RouteDoc['auth']> extends RouteDoc {
  auth: A;
  /** cookie-authenticated writes need the CSRF header; false for routes that take credentials in the body */
  csrf?: boolean;
  bodyLimit?: number;
  /** false: not counted by the per-address request limit (internal and health routes) */
  rateLimited?: boolean;
}

/**
 * Registers a route with Fastify and in the OpenAPI document, and checks its credentials before
 * the handler runs: the handler gets the caller (or null where signing in is optional).
 */
export function route<A extends RouteDoc['auth']>(
  ctx: RouteContext,
  scope: FastifyInstance,
  spec: RouteSpec<A>,
  handler: (request: FastifyRequest, reply: FastifyReply, auth: AuthFor<A>) => Promise<unknown>,
): void {
  const { csrf, bodyLimit, rateLimited, ...doc } = spec;
  ctx.doc.add({ ...doc, errors: doc.errors.includes('invalid_text') ? doc.errors : [...doc.errors, 'invalid_text'] });
  scope.route({
    method: spec.method,
    url: spec.url,
    ...(bodyLimit === undefined ? {} : { bodyLimit }),
    config: rateLimited === false ? { rateLimit: false } : {},
    handler: async (request, reply) => {
      // a worker sends a program's output as it is (the store keeps NUL as U+FFFD): its body is not checked
      checkText(spec.auth === 'worker' ? { params: request.params, query: request.query, body: undefined } : request);
      const auth = await authorize(ctx, request, spec);
      return handler(request, reply, auth as AuthFor<A>);
    },
  });
}

async function authorize(
  ctx: RouteContext,
  request: FastifyRequest,
  spec: RouteSpec<RouteDoc['auth']>,
): Promise<Auth | null> {
  switch (spec.auth) {
    case 'none':
      return null;
    case 'optional':
      return ctx.auth.resolve(request);
    case 'user':
      return ctx.auth.require(request, { csrf: spec.csrf ?? true });
    case 'author':
      return ctx.auth.require(request, { csrf: spec.csrf ?? true, role: 'author' });
    case 'admin':
      return ctx.auth.require(request, { csrf: spec.csrf ?? true, role: 'admin' });
    case 'worker': {
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
      if (bearer === undefined || !sameSecret(bearer, ctx.workerToken)) {
        throw new ApiError(401, 'unauthorized', 'the internal API needs "Authorization: Bearer <worker token>"');
      }
      return null;
    }
    default:
      return assertNever(spec.auth);
  }
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value ${String(value)}`);
}

/** Published problems are public; a draft is seen by its author and by admins only. */
export function canSee(problem: ProblemRecord, auth: Auth | null): boolean {
  if (problem.published) return true;
  if (!auth) return false;
  return auth.user.role === 'admin' || (problem.authorId !== null && problem.authorId === auth.user.id);
}

export function canEdit(problem: ProblemRecord, auth: Auth): boolean {
  return auth.user.role === 'admin' || (auth.user.role === 'author' && problem.authorId === auth.user.id);
}

export function unknownProblem(id: string): ApiError {
  return new ApiError(
    404,
    'unknown_problem',
    `there is no problem "${id}" (or it is not published); GET /api/v1/problems lists them`,
  );
}

/** The problem if the caller may see it, else 404 unknown_problem (a draft's existence is not revealed). */
export async function visibleProblem(ctx: RouteContext, id: string, auth: Auth | null): Promise<ProblemRecord> {
  const problem = await ctx.problems.get(id);
  if (!problem || !canSee(problem, auth)) throw unknownProblem(id);
  return problem;
}

/** 400 unknown_language when a function problem has no driver in the language (its starter code lists those that do). */
export function checkProblemLanguage(problem: ProblemRecord, id: string): void {
  if (problem.kind !== 'function') return;
  const starter = (problem.meta.starter ?? {}) as Record<string, string>;
  if (id in starter) return;
  throw new ApiError(
    400,
    'unknown_language',
    `problem "${problem.id}" is a function problem; it can be solved in ${Object.keys(starter).join(', ')}, not in "${id}"`,
  );
}

/** 400 unknown_language listing the available ids. */
export function checkLanguage(ctx: RouteContext, id: string): void {
  if (ctx.languages.some((language) => language.id === id)) return;
  throw new ApiError(
    400,
    'unknown_language',
    `language "${id}" is not available; available: ${ctx.languages.map((language) => language.id).join(', ')}`,
  );
}
