import type { ErrorCode } from '@verdict/protocol';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

/** An error the client caused or can act on: its status, stable code and a message that says what to do. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    /** extra response headers, e.g. Retry-After */
    readonly headers: Record<string, string> = {},
    /** extra fields of the error object beside code and message, e.g. a package's `issues` */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const unauthorized = () =>
  new ApiError(
    401,
    'unauthorized',
    'sign in first: POST /api/v1/auth/login for a session cookie, or send "Authorization: Bearer <token>"',
  );

export const forbidden = (what: string) => new ApiError(403, 'forbidden', what);

/** 429 with Retry-After in whole seconds (at least 1). */
export function tooMany(code: 'rate_limited' | 'too_many_active', message: string, retryAfterMs: number): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new ApiError(429, code, `${message}; try again in ${seconds} s`, { 'retry-after': String(seconds) });
}

/** Names each failing field: `field "email": Invalid email address`. */
export function describeZodIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const field = issue.path.length === 0 ? 'the body' : `field "${issue.path.map(String).join('.')}"`;
      const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
      return `${field}: ${missing ? `is required (${issue.expected})` : issue.message}`;
    })
    .join('; ');
}

/** Parses a body, query or params object, or answers 400 validation_failed naming the fields. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'body' | 'query' | 'params',
): z.output<S> {
  if (where === 'body' && (value === undefined || value === null)) {
    throw new ApiError(400, 'validation_failed', 'the request needs a JSON body (Content-Type: application/json)');
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const prefix = where === 'body' ? '' : `${where}: `;
  throw new ApiError(400, 'validation_failed', `${prefix}${describeZodIssues(parsed.error.issues)}`);
}

function send(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): FastifyReply {
  return reply
    .status(status)
    .type('application/json; charset=utf-8')
    .send({ error: { ...details, code, message } });
}

const KIB = 1024;
const MIB = 1024 * KIB;
const sizeText = (bytes: number): string =>
  bytes >= MIB ? `${Math.round(bytes / MIB)} MiB` : `${Math.round(bytes / KIB)} KiB`;

/** Fastify's own errors, mapped to our codes and messages. */
function fromFastify(
  error: FastifyError,
  request: FastifyRequest,
): { status: number; code: ErrorCode; message: string } | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'bad_json', message: 'the body is not valid JSON; send one JSON object' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'bad_json', message: 'the body is empty; send one JSON object' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        code: 'payload_too_large',
        message: `the body is larger than the ${sizeText(request.routeOptions.bodyLimit ?? 0)} this route accepts; send less`,
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        code: 'bad_request',
        message: `Content-Type ${error.message.split(': ')[1] ?? ''} is not accepted here; send application/json`,
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, code: 'bad_request', message: 'Content-Length does not match the body' };
    default:
      return undefined;
  }
}

/**
 * Errors Fastify raises before any route runs (a path parameter past the router's length limit,
 * a malformed URL), in our error shape: Fastify's own body would break the API's contract.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    send(reply, 414, 'bad_request', 'a part of the path is too long: no id or name is that long; check the URL');
    return;
  }
  send(reply, 400, 'bad_request', `the URL cannot be read (${error.message}); check its %-escapes`);
}

/**
 * Every error becomes `{"error": {"code", "message"}}`: ours as they are, Fastify's mapped, and
 * anything else a 500 whose message carries the request id and never the stack.
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ApiError) {
      reply.headers(error.headers);
      return send(reply, error.statusCode, error.code, error.message, error.details);
    }
    const known = fromFastify(error as FastifyError, request);
    if (known) return send(reply, known.status, known.code, known.message);
    const status = (error as FastifyError).statusCode ?? 500;
    if (status === 429) return send(reply, 429, 'rate_limited', error.message);
    if (status >= 400 && status < 500) return send(reply, status, 'bad_request', error.message);
    request.log.error({ err: error }, 'request failed');
    return send(
      reply,
      500,
      'internal',
      `Verdict failed to answer (request id ${request.id}); try again, and report the id if it keeps failing`,
    );
  });
  app.setNotFoundHandler((request, reply) =>
    send(
      reply,
      404,
      'not_found',
      `no route ${request.method} ${request.url.split('?')[0]}; the API is under /api/v1 (list: /api/v1/openapi.json)`,
    ),
  );
}
