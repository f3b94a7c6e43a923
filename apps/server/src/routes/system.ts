import { WS_CLOSE_UNAUTHORIZED } from '@verdict/protocol';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { Auth } from '../auth.ts';
import { type RouteContext, route } from '../context.ts';
import { ApiError } from '../errors.ts';
import { HealthSchema, ReadySchema } from '../schemas.ts';
import { cspHash } from '../security-headers.ts';

const TAG = 'system';

const HOME_STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem}code{background:#eee;padding:0 .2rem}';
/** The page's only inline style, allowed by its hash; nothing else may load or run. */
const HOME_CSP = `default-src 'none'; style-src ${cspHash(HOME_STYLE)}; frame-ancestors 'none'; base-uri 'none'`;
const HOME_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Verdict</title>
<style>${HOME_STYLE}</style>
</head>
<body>
<h1>Verdict</h1>
<p>The server is running. The web app is not built yet; it comes in a later release.</p>
<p>Until then, use the API under <code>/api/v1</code>: its description is
<a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1), and docs/API.md in the repository
explains sign-in, submissions, runs and the live events on <code>/ws</code>.</p>
<p>Health: <a href="/healthz">/healthz</a> · readiness: <a href="/readyz">/readyz</a></p>
</body>
</html>
`;

/** A cookie-authenticated socket must come from this site: another site's page could open one in the user's name. */
function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function systemRoutes(
  ctx: RouteContext,
  app: FastifyInstance,
  /** homePage: serve the page that says the web app is not built (default true) */
  info: { version: string; homePage?: boolean },
): void {
  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/healthz',
      summary: 'The process is alive',
      tag: TAG,
      auth: 'none',
      rateLimited: false,
      responses: { 200: { description: 'alive', schema: HealthSchema } },
      errors: [],
    },
    async () => ({ status: 'ok' }),
  );

  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/readyz',
      summary: 'The store answers and the queue is reachable',
      tag: TAG,
      auth: 'none',
      rateLimited: false,
      responses: { 200: { description: 'ready, with the queue depth', schema: ReadySchema } },
      errors: ['not_ready'],
    },
    async () => {
      try {
        await ctx.store.getUserById('usr_readiness_probe');
      } catch (error) {
        ctx.logger.warn({ err: error }, 'readiness: the store does not answer');
        throw new ApiError(503, 'not_ready', 'the database does not answer; see the server log');
      }
      try {
        return { status: 'ready', queue: await ctx.queue.depth() };
      } catch (error) {
        ctx.logger.warn({ err: error }, 'readiness: the queue does not answer');
        throw new ApiError(503, 'not_ready', 'the job queue does not answer; see the server log');
      }
    },
  );

  if (info.homePage !== false) {
    route(
      ctx,
      app,
      {
        method: 'GET',
        url: '/',
        summary: 'A page saying where the API is (the web app is not built yet)',
        tag: TAG,
        auth: 'none',
        responses: { 200: { description: 'HTML', contentType: 'text/html' } },
        errors: [],
      },
      async (_request, reply) =>
        reply.type('text/html; charset=utf-8').header('content-security-policy', HOME_CSP).send(HOME_PAGE),
    );
  }

  let document: Record<string, unknown> | undefined;
  route(
    ctx,
    app,
    {
      method: 'GET',
      url: '/api/v1/openapi.json',
      summary: 'This API as OpenAPI 3.1',
      tag: TAG,
      auth: 'none',
      responses: { 200: { description: 'the OpenAPI document' } },
      errors: [],
    },
    async () => {
      document ??= ctx.doc.document(info);
      return document;
    },
  );

  ctx.doc.add({
    method: 'GET',
    url: '/ws',
    summary:
      'WebSocket of live events (upgrade). Authenticates with the session cookie or "Authorization: Bearer <token>"; ' +
      'a user’s sockets receive the events of that user’s submissions and runs, and problem.changed. One JSON text ' +
      `message per event. Closed with ${WS_CLOSE_UNAUTHORIZED} when not signed in.`,
    tag: TAG,
    auth: 'optional',
    responses: { 101: { description: 'switching protocols' } },
    errors: [],
  });
  // one /ws connection: the caller is resolved once; an anonymous or cross-site socket is closed
  const wsConnection = async (socket: WebSocket, request: FastifyRequest): Promise<void> => {
    let auth: Auth | null = null;
    try {
      auth = await ctx.auth.resolve(request);
    } catch {
      auth = null;
    }
    if (auth?.via === 'session' && !sameOrigin(request.headers.origin, request.headers.host)) auth = null;
    if (!auth) {
      socket.close(WS_CLOSE_UNAUTHORIZED, 'sign in first: send the session cookie or Authorization: Bearer <token>');
      return;
    }
    await ctx.hub.add(auth.user.id, socket);
    // tells the client its events flow from now on (a client may wait for it before submitting)
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ type: 'ready', userId: auth.user.id }));
  };
  app.route({
    method: 'GET',
    url: '/ws',
    // a plain GET (no Upgrade header) is answered in our error shape, not the plugin's empty 404
    handler: async () => {
      throw new ApiError(
        426,
        'upgrade_required',
        '/ws is a WebSocket: open it with a WebSocket client (Upgrade: websocket); the REST API is under /api/v1',
      );
    },
    wsHandler: wsConnection,
  });
}
