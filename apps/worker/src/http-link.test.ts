/**
 * createHttpLink against a small node:http server implementing the internal routes: the
 * bearer token, the paths and bodies, the package bytes, retries on 503 and no retry on 4xx.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { INTERNAL_ROUTE_PATTERNS, type SubmissionOutcome, type SubmissionProgress } from '@verdict/protocol';
import { createHttpLink, WorkerLinkError } from './http-link.ts';

const TOKEN = 'worker-secret';
const PACKAGE = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255, 7]);

interface Received {
  method: string;
  path: string;
  body: unknown;
}

let server: Server;
let baseUrl: string;
let received: Received[];
/** Answers to give before the route's real one, e.g. [503, 503]. */
let failures: number[];

function patternToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/:[a-z]+/g, '([^/]+)')}$`);
}

const routes = Object.fromEntries(
  Object.entries(INTERNAL_ROUTE_PATTERNS).map(([name, pattern]) => [name, patternToRegExp(pattern)]),
);

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = request.url ?? '';
  const body = await readBody(request);
  received.push({ method: request.method ?? '', path, body });
  if (request.headers.authorization !== `Bearer ${TOKEN}`) {
    response.writeHead(401, { 'content-type': 'application/json' }).end('{"error":{"code":"unauthorized"}}');
    return;
  }
  const failure = failures.shift();
  if (failure !== undefined) {
    response.writeHead(failure).end('try later');
    return;
  }
  if (request.method === 'GET' && routes.package?.test(path)) {
    response.writeHead(200, { 'content-type': 'application/zip' }).end(Buffer.from(PACKAGE));
  } else if (request.method === 'POST' && routes.startSubmission?.test(path)) {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"proceed":true,"attempt":2}');
  } else if (
    request.method === 'POST' &&
    (routes.submissionProgress?.test(path) || routes.finishSubmission?.test(path) || routes.finishRun?.test(path))
  ) {
    response.writeHead(204).end();
  } else {
    response.writeHead(404).end('no such route');
  }
}

before(async () => {
  server = createServer((request, response) => {
    handle(request, response).catch((error) => response.writeHead(500).end(String(error)));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());
beforeEach(() => {
  received = [];
  failures = [];
});

const outcome: SubmissionOutcome = {
  verdict: 'AC',
  score: null,
  maxScore: null,
  cpuMs: 12,
  memoryKb: 3_000,
  tests: [{ name: 'secret/01', group: 'secret', verdict: 'AC', cpuMs: 12, memoryKb: 3_000, message: null }],
  compileOutput: null,
  message: null,
};

describe('createHttpLink', () => {
  const link = () => createHttpLink({ serverUrl: `${baseUrl}/`, workerToken: TOKEN, retryDelayMs: 1 });

  test('calls every route with the token, the path and the JSON body', async () => {
    const hash = 'ab'.repeat(32);
    assert.deepEqual(await link().fetchPackage(hash), PACKAGE);
    assert.deepEqual(await link().startSubmission('s 1'), { proceed: true, attempt: 2 });
    const progress: SubmissionProgress = {
      state: 'running',
      testsDone: 1,
      testsTotal: 3,
      test: outcome.tests[0] ?? null,
    };
    await link().submissionProgress('s 1', progress);
    await link().finishSubmission('s 1', outcome);
    await link().finishRun('r1', {
      status: 'compile-error',
      compileOutput: 'main.cpp:1: error',
      run: null,
      expected: null,
      message: null,
    });
    assert.deepEqual(
      received.map((call) => `${call.method} ${call.path}`),
      [
        `GET /internal/v1/packages/${hash}`,
        'POST /internal/v1/submissions/s%201/start',
        'POST /internal/v1/submissions/s%201/progress',
        'POST /internal/v1/submissions/s%201/finish',
        'POST /internal/v1/runs/r1/finish',
      ],
    );
    assert.deepEqual(received[2]?.body, progress);
    assert.deepEqual(received[3]?.body, outcome);
    assert.equal((received[4]?.body as { status?: string } | undefined)?.status, 'compile-error');
  });

  test('retries a finish call and a package download after 503s', async () => {
    failures = [503, 503];
    await link().finishSubmission('s2', outcome);
    assert.equal(received.length, 3);
    assert.ok(received.every((call) => call.path === '/internal/v1/submissions/s2/finish'));

    received = [];
    failures = [502];
    assert.deepEqual(await link().fetchPackage('cd'.repeat(32)), PACKAGE);
    assert.equal(received.length, 2);
  });

  test('gives up after its retries, naming the status', async () => {
    failures = [503, 503, 503];
    await assert.rejects(
      link().finishRun('r2', { status: 'error', compileOutput: null, run: null, expected: null, message: 'x' }),
      (error) => {
        assert.ok(error instanceof WorkerLinkError);
        assert.equal(error.status, 503);
        assert.match(error.message, /runs\/r2\/finish answered 503: try later/);
        return true;
      },
    );
    assert.equal(received.length, 3);
  });

  test('does not retry a 4xx, a start or a progress report', async () => {
    const wrongToken = createHttpLink({ serverUrl: baseUrl, workerToken: 'nope', retryDelayMs: 1 });
    await assert.rejects(
      wrongToken.finishSubmission('s3', outcome),
      (error) => (error as WorkerLinkError).status === 401,
    );
    assert.equal(received.length, 1);

    received = [];
    failures = [503];
    await assert.rejects(link().startSubmission('s4'), (error) => (error as WorkerLinkError).status === 503);
    failures = [503];
    await assert.rejects(
      link().submissionProgress('s4', { state: 'compiling', testsDone: 0, testsTotal: null, test: null }),
    );
    assert.equal(received.length, 2);
  });

  test('a server that cannot be reached is a WorkerLinkError without status, after retries', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');
    const unreachable = createHttpLink({ serverUrl: `http://127.0.0.1:${port}`, workerToken: TOKEN, retryDelayMs: 1 });
    await assert.rejects(unreachable.finishSubmission('s5', outcome), (error) => {
      assert.ok(error instanceof WorkerLinkError);
      assert.equal(error.status, null);
      assert.match(error.message, /ECONNREFUSED/);
      return true;
    });
  });
});
