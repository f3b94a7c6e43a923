import { ErrorBodySchema, type ErrorCode } from '@verdict/protocol';
import { z } from 'zod';

/** The HTTP status each error code is sent with. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  bad_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  unknown_problem: 404,
  unknown_language: 400,
  code_too_large: 413,
  conflict: 409,
  username_taken: 409,
  email_taken: 409,
  invalid_credentials: 401,
  rate_limited: 429,
  too_many_active: 429,
  payload_too_large: 413,
  bad_package: 400,
  not_ready: 503,
  not_accepted: 409,
  no_problems: 404,
  timeout: 504,
  invalid_text: 400,
  headers_too_large: 431,
  upgrade_required: 426,
  internal: 500,
};

export type RouteAuth = 'none' | 'optional' | 'user' | 'author' | 'admin' | 'worker';

export interface RouteDoc {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Fastify's form: /api/v1/problems/:id */
  url: string;
  summary: string;
  tag: string;
  auth: RouteAuth;
  body?: z.ZodType;
  /** a raw body instead of JSON, e.g. application/zip */
  rawBody?: { contentType: string; description: string };
  query?: z.ZodType;
  headers?: { name: string; description: string }[];
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
  errors: ErrorCode[];
}

const SECURITY: Record<RouteAuth, unknown[] | undefined> = {
  none: [],
  optional: [{}, { session: [] }, { bearer: [] }],
  user: [{ session: [], csrf: [] }, { bearer: [] }],
  author: [{ session: [], csrf: [] }, { bearer: [] }],
  admin: [{ session: [], csrf: [] }, { bearer: [] }],
  worker: [{ workerToken: [] }],
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function parameters(route: RouteDoc): unknown[] {
  const params: unknown[] = [];
  for (const match of route.url.matchAll(/:([A-Za-z]+)/g)) {
    params.push({ name: match[1], in: 'path', required: true, schema: { type: 'string' } });
  }
  if (route.query) {
    const schema = jsonSchema(route.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      params.push({ name, in: 'query', required: schema.required?.includes(name) ?? false, schema: property });
    }
  }
  for (const header of route.headers ?? []) {
    params.push({
      name: header.name,
      in: 'header',
      required: false,
      description: header.description,
      schema: { type: 'string' },
    });
  }
  return params;
}

function responses(route: RouteDoc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const contentType = response.contentType ?? 'application/json';
    out[status] = {
      description: response.description,
      ...(response.schema ? { content: { [contentType]: { schema: jsonSchema(response.schema, 'output') } } } : {}),
    };
  }
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of [...route.errors, 'internal' as const]) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const errorSchema = jsonSchema(ErrorBodySchema, 'output');
  for (const [status, codes] of byStatus) {
    out[String(status)] = {
      description: `error codes: ${codes.join(', ')}`,
      content: { 'application/json': { schema: errorSchema } },
    };
  }
  return out;
}

/** Collects every route's contract as it is registered and renders it as OpenAPI 3.1. */
export class ApiDoc {
  private readonly routes: RouteDoc[] = [];

  add(route: RouteDoc): void {
    this.routes.push(route);
  }

  document(info: { version: string }): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const route of this.routes) {
      const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
      const operation: Record<string, unknown> = {
        summary: route.summary,
        tags: [route.tag],
        security: SECURITY[route.auth],
        parameters: parameters(route),
        responses: responses(route),
      };
      if (route.body) {
        operation.requestBody = {
          required: true,
          content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
        };
      } else if (route.rawBody) {
        operation.requestBody = {
          required: true,
          description: route.rawBody.description,
          content: { [route.rawBody.contentType]: { schema: { type: 'string', format: 'binary' } } },
        };
      }
      paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation };
    }
    return {
      openapi: '3.1.0',
      info: {
        title: 'Verdict API',
        version: info.version,
        description:
          'Practise coding: problems, submissions judged in a sandbox, custom-input runs, progress. ' +
          'Live events on the WebSocket /ws (see docs/API.md). Every error is {"error": {"code", "message"}}.',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'verdict_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
          bearer: { type: 'http', scheme: 'bearer', description: 'an API token from POST /api/v1/auth/tokens' },
          workerToken: { type: 'http', scheme: 'bearer', description: 'the worker token (internal API only)' },
        },
      },
      paths,
    };
  }
}
