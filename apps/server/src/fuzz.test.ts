// Walks every route of the OpenAPI document the server serves with generated bad input (NUL,
// lone surrogates, odd Unicode, wrong types, junk bodies): no answer may be a 5xx, and every
// error must be {"error": {"code", "message"}} with a known code. Takes about 30 s.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadLanguages } from '@verdict/languages';
import { ErrorBodySchema } from '@verdict/protocol';
import { createMemoryBus, createMemoryQueue, type JobQueue } from '@verdict/queue';
import { createPgliteStore, type Store } from '@verdict/store';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { createServer } from './app.ts';
import { Client, importSum } from './test-support.ts';

const WORKER_TOKEN = 'f'.repeat(40);
const FUZZ_TIME_MS = 25_000;
const PLENTY = 1_000_000;

interface Operation {
  method: string;
  /** OpenAPI form: /api/v1/problems/{id} */
  path: string;
  pathParams: string[];
  queryParams: string[];
  bodyProperties: string[] | undefined;
  contentType: string | undefined;
  worker: boolean;
}

let store: Store;
let queue: JobQueue;
let app: FastifyInstance;
let base: string;
let userToken: string;
let operations: Operation[];

before(async () => {
  store = await createPgliteStore();
  await store.migrate();
  await importSum(store);
  queue = createMemoryQueue();
  app = await createServer({
    store,
    queue,
    bus: createMemoryBus(),
    languages: [{ id: 'python3', name: 'Python 3', version: '3.11.2' }],
    catalogLanguages: loadLanguages(),
    workerToken: WORKER_TOKEN,
    logger: pino({ level: 'silent' }),
    // limits out of the way, so the fuzzer reaches the handlers and not the 429s
    policy: {
      admins: ['fuzzer'],
      requestsPerMinute: PLENTY,
      loginAttemptsPerIp: PLENTY,
      loginFailuresPerAccount: PLENTY,
      submissionsPerMinute: PLENTY,
      runsPerMinute: PLENTY,
      maxActiveSubmissions: PLENTY,
      runWaitMs: 0,
    },
  });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  const client = new Client(base);
  await client.register('fuzzer', 'fuzzer password');
  userToken = (await client.post('/api/v1/auth/tokens', { login: 'fuzzer', password: 'fuzzer password' })).json.token;
  operations = readOperations((await client.get('/api/v1/openapi.json')).json);
});

after(async () => {
  await app.close();
  await queue.close();
  await store.close();
});

type OpenApi = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        security?: Record<string, unknown>[];
        requestBody?: { content: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
      }
    >
  >;
};

function readOperations(document: OpenApi): Operation[] {
  const found: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (path === '/ws') continue;
      const parameters = operation.parameters ?? [];
      const [contentType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
      found.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        bodyProperties: contentType === 'application/json' ? Object.keys(media?.schema?.properties ?? {}) : undefined,
        contentType,
        worker: (operation.security ?? []).some((scheme) => 'workerToken' in scheme),
      });
    }
  }
  return found;
}

/** %-escapes text as UTF-8, and a lone surrogate as the bytes an attacker would send (WTF-8). */
function escapeText(text: string): string {
  let out = '';
  for (const char of text) {
    try {
      out += encodeURIComponent(char);
    } catch {
      const unit = char.charCodeAt(0);
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    }
  }
  return out;
}

const nasty = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFFx',
  '%00',
  '%',
  '..%2F..',
  '😀',
  '\u202E',
  ' ',
  '',
  'x'.repeat(300),
  "'; drop table users; --",
  'sum',
  'python3',
);
const text = fc.oneof(
  nasty,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.tuple(fc.string({ maxLength: 10 }), nasty, fc.string({ maxLength: 10 })).map((parts) => parts.join('')),
);
const jsonValue = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
);

interface Input {
  operation: Operation;
  pathValues: string[];
  query: [string, string][];
  body: unknown;
  raw: Uint8Array | undefined;
}

function inputFor(operation: Operation): fc.Arbitrary<Input> {
  const known = operation.bodyProperties ?? [];
  const body =
    operation.bodyProperties === undefined
      ? fc.constant(undefined)
      : fc.oneof(
          fc.record(Object.fromEntries(known.map((name) => [name, jsonValue])), { requiredKeys: [] }),
          fc.dictionary(text, jsonValue, { maxKeys: 3 }),
          jsonValue,
        );
  return fc.record({
    operation: fc.constant(operation),
    pathValues: fc.tuple(...operation.pathParams.map(() => text)),
    query: fc.array(
      fc.tuple(fc.oneof(text, operation.queryParams.length ? fc.constantFrom(...operation.queryParams) : text), text),
      { maxLength: 3 },
    ),
    body,
    raw:
      operation.contentType && operation.bodyProperties === undefined
        ? fc.uint8Array({ maxLength: 64 })
        : fc.constant(undefined),
  });
}

async function send(input: Input): Promise<{ status: number; body: string }> {
  const { operation } = input;
  let path = operation.path;
  operation.pathParams.forEach((name, i) => {
    path = path.replace(`{${name}}`, escapeText(input.pathValues[i] ?? ''));
  });
  const query = input.query.map(([key, value]) => `${escapeText(key)}=${escapeText(value)}`).join('&');
  const headers: Record<string, string> = {
    authorization: `Bearer ${operation.worker ? WORKER_TOKEN : userToken}`,
  };
  let body: string | Uint8Array | undefined;
  if (input.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(input.body);
  } else if (input.raw !== undefined) {
    headers['content-type'] = operation.contentType ?? 'application/octet-stream';
    body = input.raw;
  }
  const response = await fetch(`${base}${path}${query ? `?${query}` : ''}`, {
    method: operation.method,
    headers,
    body: operation.method === 'GET' ? undefined : body,
  });
  return { status: response.status, body: await response.text() };
}

function check(input: Input, answer: { status: number; body: string }): void {
  const what = `${input.operation.method} ${input.operation.path} ${JSON.stringify(input)} → ${answer.status} ${answer.body.slice(0, 300)}`;
  assert.ok(answer.status < 500, what);
  if (answer.status >= 400) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer.body);
    } catch {
      assert.fail(`not JSON: ${what}`);
    }
    assert.ok(ErrorBodySchema.safeParse(parsed).success, `not the error shape: ${what}`);
  }
}

test('every route, with NUL in each text it takes, answers 400 invalid_text or another 4xx in the error shape', async () => {
  assert.ok(operations.length >= 20, `the OpenAPI document lists ${operations.length} operations`);
  for (const operation of operations) {
    const nul = 'x\u0000';
    const input: Input = {
      operation,
      pathValues: operation.pathParams.map(() => nul),
      query: operation.queryParams.map((name) => [name, nul]),
      body:
        operation.bodyProperties === undefined
          ? undefined
          : Object.fromEntries(operation.bodyProperties.map((name) => [name, nul])),
      raw: undefined,
    };
    check(input, await send(input));
  }
});

test('generated bad input on every route: no 5xx, every error in the error shape', async (t) => {
  const anyInput = fc.oneof(...operations.map(inputFor));
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(anyInput, async (input) => {
      sent++;
      check(input, await send(input));
    }),
    { numRuns: 20_000, interruptAfterTimeLimit: FUZZ_TIME_MS, markInterruptAsFailure: false },
  );
  t.diagnostic(`${sent} requests over ${operations.length} operations`);
});
