import type { Socket } from 'node:net';
import type { ErrorCode } from '@verdict/protocol';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.ts';
import { RESOURCE_CSP } from './security-headers.ts';

/**
 * Requests that fail before any route can run, answered in our error shape
 * `{"error": {"code", "message"}}` like every other error of the API.
 */

/** Node's HTTP parser failed (malformed request line, raw bytes in the path, headers too large). */
function parserError(code: string | undefined): { status: number; code: ErrorCode; message: string } {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        code: 'headers_too_large',
        message: 'the request headers are too large; send fewer or shorter cookies and headers',
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'bad_request', message: 'the request took too long to arrive; send it again' };
    case 'HPE_INVALID_URL':
    case 'HPE_INVALID_PATH':
      return {
        status: 400,
        code: 'bad_request',
        message: 'the request path has characters a URL cannot hold; %-escape them (UTF-8)',
      };
    default:
      return { status: 400, code: 'bad_request', message: 'the request is not valid HTTP/1.1; check how it is sent' };
  }
}

/** Fastify's clientErrorHandler: the socket has no request object, so the answer is written by hand. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const { status, code, message } = parserError(error.code);
    const body = JSON.stringify({ error: { code, message } });
    socket.write(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'X-Content-Type-Options: nosniff\r\n' +
        `Content-Security-Policy: ${RESOURCE_CSP}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}

/**
 * HTTP/1.1 requires Host. Node's own check answers with an empty body, so the server is created
 * with `requireHostHeader: false` and this hook refuses such requests instead.
 */
export function installRequestChecks(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (request.raw.httpVersion === '1.1' && !request.headers.host) {
      throw new ApiError(400, 'bad_request', 'the request has no Host header; HTTP/1.1 requires one');
    }
  });
}
