// Regression tests of issue 13 (web security): text the database cannot hold, made-up run ids,
// login limits per account, security headers and the errors raised before any route runs.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadLanguages } from '@verdict/languages';
import { createMemoryBus, createMemoryQueue, type JobQueue } from '@verdict/queue';
import { createPgliteStore, type Store } from '@verdict/store';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { createServer } from './app.ts';
import { cspHash } from './security-headers.ts';
import { Client, CODE, importSum, type Json } from './test-support.ts';

const WORKER_TOKEN = 'h'.repeat(40);
const THEME_SCRIPT = 'document.documentElement.dataset.theme = "dark";';
const INDEX = `<!doctype html><html><head><meta charset="utf-8"><script>${THEME_SCRIPT}</script></head><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>`;
const OWN_CSP = "default-src 'none'; img-src 'self'";

let store: Store;
let queue: JobQueue;
let app: FastifyInstance;
let base: string;
let port: number;
let dist: string;

before(async () => {
  store = await createPgliteStore();
  await store.migrate();
  await importSum(store);
  queue = createMemoryQueue();
  dist = await mkdtemp(join(tmpdir(), 'verdict-hardening-dist-'));
  await writeFile(join(dist, 'index.html'), INDEX);
  app = await createServer({
    store,
    queue,
    bus: createMemoryBus(),
    languages: [{ id: 'python3', name: 'Python 3', version: '3.11.2' }],
    catalogLanguages: loadLanguages(),
    workerToken: WORKER_TOKEN,
    logger: pino({ level: 'silent' }),
    policy: { loginFailuresPerAccount: 3 },
    webDistDir: dist,
  });
  // stands for a route with its own stricter policy (statement images): the global hook keeps it
  app.get('/api/v1/test-own-csp', async (_request, reply) =>
    reply.header('content-security-policy', OWN_CSP).send('x'),
  );
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  port = Number(new URL(base).port);
});

after(async () => {
  await app.close();
  await queue.close();
  await store.close();
  await rm(dist, { recursive: true, force: true });
});

function assertError(answer: { status: number; json: Json }, status: number, code: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.json));
  assert.equal(answer.json?.error?.code, code, JSON.stringify(answer.json));
  assert.equal(typeof answer.json.error.message, 'string');
}

/** Sends bytes as they are (no client library would send these) and reads the whole answer. */
function rawRequest(bytes: Buffer): Promise<{ status: number; head: string; json: Json }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      let json: Json;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), head, json });
    });
  });
}

describe('text the database cannot hold (NUL, lone surrogates) is a 400, never a 500', () => {
  test('in the query, without an account', async () => {
    const answer = await new Client(base).get('/api/v1/problems?q=%00');
    assertError(answer, 400, 'invalid_text');
    assert.match(answer.json.error.message, /query field "q"/);
  });

  test('in a path parameter, a login and a signed-in body', async () => {
    const client = new Client(base);
    assertError(await client.get('/api/v1/problems/sum%00'), 400, 'invalid_text');
    assertError(await client.post('/api/v1/auth/login', { login: 'ada\u0000', password: 'x' }), 400, 'invalid_text');
    await client.register('textuser');
    const submit = await client.post('/api/v1/submissions', {
      problemId: 'sum',
      language: 'python3',
      code: 'print(1)\u0000',
    });
    assertError(submit, 400, 'invalid_text');
    assert.match(submit.json.error.message, /body field "code"/);
    const surrogate = await client.post('/api/v1/submissions', {
      problemId: 'sum',
      language: 'python3',
      code: '\uD800',
    });
    assertError(surrogate, 400, 'invalid_text');
    assert.match(surrogate.json.error.message, /surrogate/);
  });
});

describe('run ids', () => {
  test('a well-formed id that was never issued is 404; a real pending one is 200 pending', async () => {
    const client = new Client(base);
    const user = await client.register('runner');
    const userId = user.json.user.id;
    const started = await client.request('POST', '/api/v1/runs?waitMs=0', {
      body: { language: 'python3', code: CODE.pythonAccepted, stdin: '1 2\n' },
    });
    assert.equal(started.status, 202, JSON.stringify(started.json));
    assert.equal((await client.get(`/api/v1/runs/${started.json.id}`)).json.status, 'pending');
    const madeUp = `run_${Date.now().toString(36).padStart(9, '0')}${'0'.repeat(32)}_${userId}`;
    assertError(await client.get(`/api/v1/runs/${madeUp}`), 404, 'not_found');
    const tampered = started.json.id.replace(/^run_(.{9})./, (_: string, time: string) => `run_${time}f`);
    assertError(await client.get(`/api/v1/runs/${tampered === started.json.id ? madeUp : tampered}`), 404, 'not_found');
  });
});

describe('login limits', () => {
  test('the username and the email of one account share one failure count', async () => {
    const owner = new Client(base);
    await owner.register('guessed', 'the right password');
    const attacker = new Client(base);
    for (const login of ['guessed', 'guessed@example.com', 'GUESSED']) {
      assertError(await attacker.post('/api/v1/auth/login', { login, password: 'wrong' }), 401, 'invalid_credentials');
    }
    const limited = await attacker.post('/api/v1/auth/login', {
      login: 'guessed@example.com',
      password: 'the right password',
    });
    assertError(limited, 429, 'rate_limited');
  });
});

describe('security headers', () => {
  test('an API answer may not be framed, sniffed or run anything', async () => {
    const answer = await new Client(base).get('/api/v1/problems');
    assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(answer.headers.get('x-frame-options'), 'DENY');
    assert.equal(answer.headers.get('referrer-policy'), 'no-referrer');
    assert.match(answer.headers.get('content-security-policy') ?? '', /default-src 'none'.*frame-ancestors 'none'/);
  });

  test("the app's page allows its inline script by hash and styles by a fresh nonce it names in a meta tag", async () => {
    const pages = await Promise.all([new Client(base).get('/'), new Client(base).get('/problems/sum')]);
    const nonces = pages.map((page) => {
      const csp = page.headers.get('content-security-policy') ?? '';
      assert.match(csp, new RegExp(`script-src 'self' ${cspHash(THEME_SCRIPT).replace(/[+/=]/g, '\\$&')}`));
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /unsafe-eval|script-src[^;]*unsafe-inline/);
      const nonce = /style-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1];
      assert.ok(nonce, csp);
      assert.ok(page.text.includes(`<meta name="csp-nonce" content="${nonce}" />`), page.text);
      return nonce;
    });
    assert.notEqual(nonces[0], nonces[1], 'a nonce is never reused');
  });

  test('a route that sets its own Content-Security-Policy keeps it', async () => {
    const answer = await new Client(base).get('/api/v1/test-own-csp');
    assert.equal(answer.headers.get('content-security-policy'), OWN_CSP);
    assert.equal(answer.headers.get('x-frame-options'), 'DENY');
  });
});

describe('errors raised before routing are in the error shape', () => {
  test('raw non-ASCII bytes in the path', async () => {
    const answer = await rawRequest(
      Buffer.concat([
        Buffer.from('GET /api/v1/probl'),
        Buffer.from([0xc3, 0xa9]),
        Buffer.from('ms HTTP/1.1\r\nHost: x\r\n\r\n'),
      ]),
    );
    assertError(answer, 400, 'bad_request');
  });

  test('a request without Host', async () => {
    assertError(
      await rawRequest(Buffer.from('GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n')),
      400,
      'bad_request',
    );
  });

  test('headers too large: 431', async () => {
    const big = `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`;
    const answer = await rawRequest(Buffer.from(big));
    assertError(answer, 431, 'headers_too_large');
    assert.match(answer.head, /x-content-type-options: nosniff/i);
  });

  test('/ws without Upgrade: 426', async () => {
    assertError(await new Client(base).get('/ws'), 426, 'upgrade_required');
  });

  test('a malformed %-escape in the path', async () => {
    assertError(await new Client(base).get('/api/v1/problems/%E0%A4%A'), 400, 'bad_request');
  });
});
