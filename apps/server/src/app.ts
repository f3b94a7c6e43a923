import { createHash, randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyWebsocket from '@fastify/websocket';
import type { Language } from '@verdict/languages';
import { PROBLEMS_CHANNEL, ProblemChangedEventSchema } from '@verdict/protocol';
import type { EventBus, JobQueue } from '@verdict/queue';
import type { Store } from '@verdict/store';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { Authenticator } from './auth.ts';
import type { AvailableLanguage, RouteContext, ServerPolicy } from './context.ts';
import { ApiError, frameworkErrors, installErrorHandlers } from './errors.ts';
import { createLifecycle, type SubmissionLifecycle } from './lifecycle.ts';
import { WindowLimiter } from './limiter.ts';
import { ApiDoc } from './openapi.ts';
import { DEFAULT_POLICY, LOGIN_WINDOW_MS, MINUTE_MS } from './policy.ts';
import { clientErrorHandler, installRequestChecks } from './pre-routing.ts';
import { ProblemCache } from './problem-cache.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { authorRoutes } from './routes/author.ts';
import { dailyRoutes } from './routes/daily.ts';
import { draftRoutes } from './routes/drafts.ts';
import { internalRoutes } from './routes/internal.ts';
import { problemRoutes } from './routes/problems.ts';
import { progressRoutes } from './routes/progress.ts';
import { rankRoutes } from './routes/rank.ts';
import { runRoutes } from './routes/runs.ts';
import { submissionRoutes } from './routes/submissions.ts';
import { systemRoutes } from './routes/system.ts';
import { RUNS_CHANNEL } from './run-ids.ts';
import { RunRegistry } from './runs.ts';
import { installSecurityHeaders } from './security-headers.ts';
import { serveWebApp } from './web.ts';
import { WsHub } from './ws-hub.ts';

export const SERVER_VERSION = '0.1.0';
/** JSON bodies: a run's 1 MiB of input plus code, with room for JSON escapes. */
const JSON_BODY_LIMIT_BYTES = 4 * 1024 * 1024;
const WS_MAX_MESSAGE_BYTES = 64 * 1024;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface ServerDeps {
  store: Store;
  queue: JobQueue;
  bus: EventBus;
  /** the languages judged here (available on the workers), with versions */
  languages: AvailableLanguage[];
  /** every loaded language: the catalog takes starter templates from them */
  catalogLanguages: readonly Language[];
  /** the secret of the internal API of separate workers */
  workerToken: string;
  /** default: pino on stdout at info */
  logger?: Logger;
  /** default: one made over the store and the bus (startPlatform shares it with the embedded workers) */
  lifecycle?: SubmissionLifecycle;
  policy?: Partial<ServerPolicy>;
  /** take the client address from X-Forwarded-For (behind a reverse proxy) */
  trustProxy?: boolean;
  /** the built web app (default apps/web/dist); not served when it has no index.html */
  webDistDir?: string;
}

function languagesTag(languages: AvailableLanguage[]): string {
  const text = languages.map((language) => `${language.id}@${language.version ?? ''}`).join(',');
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/**
 * The composition root of the HTTP API: every route, the WebSocket hub and the caches over the
 * adapters it is given. Call `listen` (or `inject` in tests); `close` stops it and its sockets,
 * not the adapters (their owner closes them).
 *
 * @example
 * const app = await createServer({ store, queue, bus, languages, catalogLanguages, workerToken });
 * await app.listen({ port: 3000, host: '127.0.0.1' });
 */
export async function createServer(deps: ServerDeps): Promise<FastifyInstance> {
  const logger = deps.logger ?? pino();
  const policy: ServerPolicy = { ...DEFAULT_POLICY, ...deps.policy };
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    trustProxy: deps.trustProxy ?? false,
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
    clientErrorHandler,
    // a request without Host is refused by installRequestChecks, in our error shape
    http: { requireHostHeader: false },
  });
  installRequestChecks(app);
  installSecurityHeaders(app);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installErrorHandlers(app);

  const ctx: RouteContext = {
    store: deps.store,
    queue: deps.queue,
    bus: deps.bus,
    logger,
    languages: deps.languages,
    catalogLanguages: deps.catalogLanguages,
    policy,
    limiters: {
      loginPerIp: new WindowLimiter({ max: policy.loginAttemptsPerIp, windowMs: LOGIN_WINDOW_MS }),
      loginFailures: new WindowLimiter({ max: policy.loginFailuresPerAccount, windowMs: LOGIN_WINDOW_MS }),
      submissions: new WindowLimiter({ max: policy.submissionsPerMinute, windowMs: MINUTE_MS }),
      runs: new WindowLimiter({ max: policy.runsPerMinute, windowMs: MINUTE_MS }),
    },
    auth: new Authenticator(deps.store),
    problems: new ProblemCache(deps.store),
    runs: new RunRegistry(),
    hub: new WsHub(deps.bus, logger),
    lifecycle: deps.lifecycle ?? createLifecycle({ store: deps.store, bus: deps.bus, logger }),
    doc: new ApiDoc(),
    workerToken: deps.workerToken,
    languagesTag: languagesTag(deps.languages),
  };

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: true,
    max: policy.requestsPerMinute,
    timeWindow: MINUTE_MS,
    errorResponseBuilder: (_request, context) =>
      new ApiError(
        429,
        'rate_limited',
        `more than ${context.max} requests a minute from this address; try again in ${Math.ceil(context.ttl / 1000)} s`,
        { 'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))) },
      ),
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: WS_MAX_MESSAGE_BYTES } });

  authRoutes(ctx, app);
  problemRoutes(ctx, app);
  submissionRoutes(ctx, app);
  runRoutes(ctx, app);
  progressRoutes(ctx, app);
  draftRoutes(ctx, app);
  rankRoutes(ctx, app);
  dailyRoutes(ctx, app);
  authorRoutes(ctx, app);
  adminRoutes(ctx, app);
  internalRoutes(ctx, app);
  // the built web app owns `/` when there is one; else the server's page says to build it
  const webApp = await serveWebApp(app, { distDir: deps.webDistDir });
  systemRoutes(ctx, app, { version: SERVER_VERSION, homePage: !webApp });

  const unsubscribers: (() => Promise<void>)[] = [];
  app.addHook('onReady', async () => {
    unsubscribers.push(
      await deps.bus.subscribe(PROBLEMS_CHANNEL, (message) => {
        const parsed = ProblemChangedEventSchema.safeParse(message);
        if (!parsed.success) return;
        ctx.problems.invalidate(parsed.data.problemId);
        ctx.hub.broadcast(parsed.data);
      }),
      await deps.bus.subscribe(RUNS_CHANNEL, (message) => {
        const event = ctx.runs.accept(message);
        if (event) ctx.hub.sendToUser(event.userId, event);
      }),
    );
  });
  app.addHook('preClose', async () => {
    await ctx.hub.close();
  });
  app.addHook('onClose', async () => {
    for (const limiter of Object.values(ctx.limiters)) limiter.close();
    await Promise.all(unsubscribers.map((unsubscribe) => unsubscribe().catch(() => undefined)));
  });
  return app;
}
