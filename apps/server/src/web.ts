import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { appPagePolicy, inlineScriptHashes, newNonce } from './security-headers.ts';

/** apps/web/dist, where `npm run build -w @verdict/web` writes the browser app. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Built assets have a content hash in their names, so a browser may keep them for a year. */
const ASSET_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;
/** Paths that belong to the server: an unknown one is a JSON 404, never the app's page. */
const SERVER_PREFIXES = ['/api/', '/api', '/ws', '/healthz', '/readyz', '/assets/', '/internal/'];

function isServerPath(path: string): boolean {
  return SERVER_PREFIXES.some((prefix) => path === prefix || (prefix.endsWith('/') && path.startsWith(prefix)));
}

/** A last segment with an extension names a file (favicon.ico, robots.txt), not a page of the app. */
function looksLikeFile(path: string): boolean {
  return /\.[A-Za-z0-9]+$/.test(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * Serves the built web app when apps/web/dist exists: /assets/* with immutable caching, and
 * index.html (never cached, so a deploy is seen at once) for `/` and every other GET the API
 * does not own, so that client-side routes like /problems/two-sum load on refresh.
 * Returns false, registering nothing, when the app is not built.
 */
export async function serveWebApp(app: FastifyInstance, options: { distDir?: string } = {}): Promise<boolean> {
  const root = options.distDir ?? DEFAULT_WEB_DIST;
  if (!existsSync(join(root, 'index.html'))) return false;
  // the build writes .br and .gz beside each asset (apps/web/vite.config.ts): sent as they are
  await app.register(fastifyStatic, { root, serve: false, index: false, preCompressed: true });

  // each page gets its own style nonce, which the app reads from the meta tag (CodeMirror's <style>s)
  const page = readFileSync(join(root, 'index.html'), 'utf8');
  const scriptHashes = inlineScriptHashes(page);
  const sendIndex = (_request: FastifyRequest, reply: FastifyReply) => {
    const nonce = newNonce();
    return reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', appPagePolicy({ scriptHashes, styleNonce: nonce }))
      .type('text/html; charset=utf-8')
      .send(page.replace(/<head>/i, `<head>\n    <meta name="csp-nonce" content="${nonce}" />`));
  };

  // static files are not API calls: they do not count against the per-address request limit
  const config = { rateLimit: false as const };
  app.get<{ Params: { '*': string } }>('/assets/*', { config }, (request, reply) =>
    reply.sendFile(`assets/${request.params['*']}`, { maxAge: ASSET_MAX_AGE_MS, immutable: true }),
  );
  app.get('/', { config }, sendIndex);
  app.get('/*', { config }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (isServerPath(path) || looksLikeFile(path)) return reply.callNotFound();
    return sendIndex(request, reply);
  });
  return true;
}
