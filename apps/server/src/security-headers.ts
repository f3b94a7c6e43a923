import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * The headers that keep a browser from being turned against Verdict's users: no framing
 * (clickjacking), no content sniffing, no Referer leaving the site, and a Content-Security-Policy.
 * See docs/SECURITY.md ("Web") for why each source is allowed.
 */
const COMMON_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/** Everything that is not a page (JSON, files): nothing in it may run, load or be framed. */
export const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** `'sha256-…'`, the CSP source that allows exactly this inline script or style. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash of every inline `<script>` of a page, so the policy can allow exactly those. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.push(cspHash(match[1] ?? ''));
  }
  return hashes;
}

/**
 * The policy of the web app's page. Scripts: our bundles and the page's own inline scripts (by
 * hash). Styles: our stylesheets and `<style>` elements carrying this response's nonce (CodeMirror
 * adds them, EditorView.cspNonce); style attributes stay allowed because KaTeX's server-rendered
 * formulas position glyphs with them. Images and fonts: our own and data: URIs (Vite inlines
 * small ones), so a statement cannot tell a third party who reads it.
 */
export function appPagePolicy(options: { scriptHashes: readonly string[]; styleNonce: string }): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${options.scriptHashes.join(' ')}`.trim(),
    `style-src 'self' 'nonce-${options.styleNonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A fresh nonce for one response (128 bits, base64). */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * Adds the common headers to every response, and RESOURCE_CSP to any response that has no
 * Content-Security-Policy yet: a route that sets its own (the web app's page, statement images)
 * keeps it.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply: FastifyReply, payload) => {
    for (const [name, value] of Object.entries(COMMON_HEADERS)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', RESOURCE_CSP);
    return payload;
  });
}
