// The endpoints of the web app (drafts, runtime rank, problem of the day) against a real listening
// server over real PGlite, the memory queue and bus. Verdicts come through the workers' internal
// API, as a separate worker would send them; nothing judges here.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadLanguages } from '@verdict/languages';
import { INTERNAL_ROUTES } from '@verdict/protocol';
import { createMemoryBus, createMemoryQueue, type JobQueue } from '@verdict/queue';
import { createPgliteStore, type Store } from '@verdict/store';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { createServer, type ServerDeps } from './app.ts';
import { Client, CODE, importSum, type Json } from './test-support.ts';

const WORKER_TOKEN = 'w'.repeat(40);
const LANGUAGES = [
  { id: 'cpp17', name: 'C++17', version: '12.2.0' },
  { id: 'python3', name: 'Python 3', version: '3.11.2' },
];
const CODE_LIMIT_BYTES = 64 * 1024;
const HIDDEN = 'hidden-draft';

let store: Store;
let queue: JobQueue;
let app: FastifyInstance;
let base: string;
/** an admin (policy.admins) */
let root: Client;
const closers: (() => Promise<void>)[] = [];

function serverDeps(over: { store: Store; queue: JobQueue }): ServerDeps {
  return {
    ...over,
    bus: createMemoryBus(),
    languages: LANGUAGES,
    catalogLanguages: loadLanguages(),
    workerToken: WORKER_TOKEN,
    logger: pino({ level: 'silent' }),
    policy: { admins: ['root'], maxActiveSubmissions: 20, submissionsPerMinute: 100 },
  };
}

/** Another server (its own address) over the given store. */
async function extraServer(over: Store): Promise<string> {
  const otherQueue = createMemoryQueue();
  const other = await createServer(serverDeps({ store: over, queue: otherQueue }));
  closers.push(async () => {
    await other.close();
    await otherQueue.close();
  });
  return other.listen({ port: 0, host: '127.0.0.1' });
}

before(async () => {
  store = await createPgliteStore();
  await store.migrate();
  await importSum(store);
  const sum = await store.getProblem('sum');
  assert.ok(sum?.published, 'the sum fixture is published');
  // an unpublished problem: its drafts are as hidden as it is
  const { version: _version, createdAt: _created, updatedAt: _updated, ...input } = sum;
  await store.upsertProblem({ ...input, id: HIDDEN, title: 'Hidden', published: false });
  queue = createMemoryQueue();
  app = await createServer(serverDeps({ store, queue }));
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  root = await signedIn('root');
});

after(async () => {
  for (const close of closers) await close();
  await app.close();
  await queue.close();
  await store.close();
});

function assertError(answer: { status: number; json: Json }, status: number, code: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.json));
  assert.equal(answer.json?.error?.code, code, JSON.stringify(answer.json));
  assert.equal(typeof answer.json.error.message, 'string');
}

async function signedIn(username: string): Promise<Client> {
  const client = new Client(base);
  const answer = await client.register(username);
  assert.equal(answer.status, 201, JSON.stringify(answer.json));
  return client;
}

describe('drafts', () => {
  const put = (client: Client, path: string, body: unknown, options: { csrf?: boolean } = {}) =>
    client.request('PUT', `/api/v1/me/drafts/${path}`, { body, ...options });

  test('save, replace, list per language and delete', async () => {
    const ada = await signedIn('draft_ada');
    assert.deepEqual((await ada.get('/api/v1/me/drafts/sum')).json, { drafts: [] });

    const first = await put(ada, 'sum/python3', { code: CODE.pythonWrong });
    assert.equal(first.status, 200, JSON.stringify(first.json));
    assert.equal(first.json.language, 'python3');
    assert.equal(first.json.code, CODE.pythonWrong);
    assert.ok(!Number.isNaN(Date.parse(first.json.updatedAt)));
    assert.equal(first.json.updatedAt, new Date(first.json.updatedAt).toISOString());
    const cpp = await put(ada, 'sum/cpp17', { code: CODE.cppAccepted });
    assert.equal(cpp.status, 200);
    const replaced = await put(ada, 'sum/python3', { code: CODE.pythonAccepted });
    assert.equal(replaced.json.code, CODE.pythonAccepted, 'the last write wins');
    assert.ok(replaced.json.updatedAt >= first.json.updatedAt);

    const listed = await ada.get('/api/v1/me/drafts/sum');
    assert.equal(listed.status, 200);
    assert.deepEqual(
      listed.json.drafts.map((draft: Json) => [draft.language, draft.code]),
      [
        ['python3', CODE.pythonAccepted],
        ['cpp17', CODE.cppAccepted],
      ],
      'most recently saved first',
    );
    assert.deepEqual(Object.keys(listed.json.drafts[0]).sort(), ['code', 'language', 'problemId', 'updatedAt']);

    const bob = await signedIn('draft_bob');
    assert.deepEqual((await bob.get('/api/v1/me/drafts/sum')).json, { drafts: [] }, 'drafts are per user');

    const deleted = await ada.request('DELETE', '/api/v1/me/drafts/sum/python3');
    assert.equal(deleted.status, 204);
    assert.equal(deleted.text, '');
    assert.equal((await ada.request('DELETE', '/api/v1/me/drafts/sum/python3')).status, 204, 'again: still 204');
    assert.deepEqual(
      (await ada.get('/api/v1/me/drafts/sum')).json.drafts.map((draft: Json) => draft.language),
      ['cpp17'],
    );
  });

  test('a bearer token saves without the CSRF header; code of exactly 64 KiB fits', async () => {
    await signedIn('draft_script');
    const token = await new Client(base).post('/api/v1/auth/tokens', {
      login: 'draft_script',
      password: 'correct horse battery',
    });
    const script = new Client(base);
    script.bearer = token.json.token;
    // 'é' is two bytes of UTF-8: the limit counts bytes
    const code = `${'é'.repeat(CODE_LIMIT_BYTES / 2 - 1)}ab`;
    const saved = await put(script, 'sum/cpp17', { code });
    assert.equal(saved.status, 200, JSON.stringify(saved.json));
    assert.equal((await script.get('/api/v1/me/drafts/sum')).json.drafts[0].code, code);
  });

  test('every error: 401, 403 csrf_failed, 413 code_too_large, 400 unknown_language, 404 unknown_problem, 400', async () => {
    const anonymous = new Client(base);
    assertError(await anonymous.get('/api/v1/me/drafts/sum'), 401, 'unauthorized');
    assertError(await put(anonymous, 'sum/python3', { code: 'x' }), 401, 'unauthorized');
    assertError(await anonymous.request('DELETE', '/api/v1/me/drafts/sum/python3'), 401, 'unauthorized');

    const carol = await signedIn('draft_carol');
    assertError(await put(carol, 'sum/python3', { code: 'x' }, { csrf: false }), 403, 'csrf_failed');
    assertError(await carol.request('DELETE', '/api/v1/me/drafts/sum/python3', { csrf: false }), 403, 'csrf_failed');

    const tooLarge = await put(carol, 'sum/python3', { code: `${'é'.repeat(CODE_LIMIT_BYTES / 2)}x` });
    assertError(tooLarge, 413, 'code_too_large');
    assert.match(tooLarge.json.error.message, /64 KiB/);
    const language = await put(carol, 'sum/pyhton', { code: 'x' });
    assertError(language, 400, 'unknown_language');
    assert.match(language.json.error.message, /"pyhton".*available: cpp17, python3/);
    assertError(await put(carol, 'no-such/python3', { code: 'x' }), 404, 'unknown_problem');
    assertError(await put(carol, `${HIDDEN}/python3`, { code: 'x' }), 404, 'unknown_problem');
    assertError(await carol.get('/api/v1/me/drafts/no-such'), 404, 'unknown_problem');
    assertError(await carol.get(`/api/v1/me/drafts/${HIDDEN}`), 404, 'unknown_problem');

    const missing = await put(carol, 'sum/python3', { source: 'x' });
    assertError(missing, 400, 'validation_failed');
    assert.match(missing.json.error.message, /field "code"/);
    assertError(await put(carol, 'sum/python3', { code: 42 }), 400, 'validation_failed');
    const badJson = await carol.request('PUT', '/api/v1/me/drafts/sum/python3', {
      raw: '{"code": ',
      headers: { 'content-type': 'application/json' },
    });
    assertError(badJson, 400, 'bad_json');
    assertError(await put(carol, `sum/${'x'.repeat(33)}`, { code: 'x' }), 400, 'validation_failed');
    assertError(await carol.request('DELETE', `/api/v1/me/drafts/sum/${'x'.repeat(33)}`), 400, 'validation_failed');
    assert.deepEqual((await carol.get('/api/v1/me/drafts/sum')).json, { drafts: [] }, 'nothing was saved');
  });

  test('the admin sees an unpublished problem and may keep drafts of it', async () => {
    assert.equal((await put(root, `${HIDDEN}/cpp17`, { code: 'int main() {}' })).status, 200);
    assert.equal((await root.get(`/api/v1/me/drafts/${HIDDEN}`)).json.drafts.length, 1);
  });
});

describe('the runtime rank of an accepted submission', () => {
  let worker: Client;
  let ada: Client;
  let bob: Client;
  const ids: Record<string, string> = {};

  /** Submits, and finishes it through the workers' API when a verdict is given. */
  async function submission(
    client: Client,
    options: { language?: string; verdict?: 'AC' | 'WA'; cpuMs?: number; memoryKb?: number },
  ): Promise<string> {
    const language = options.language ?? 'python3';
    const code = language === 'python3' ? CODE.pythonAccepted : CODE.cppAccepted;
    const answer = await client.post('/api/v1/submissions', { problemId: 'sum', language, code });
    assert.equal(answer.status, 202, JSON.stringify(answer.json));
    const id: string = answer.json.id;
    if (options.verdict) {
      assert.equal((await worker.post(INTERNAL_ROUTES.startSubmission(id), {})).status, 200);
      const outcome = {
        verdict: options.verdict,
        score: null,
        maxScore: null,
        cpuMs: options.cpuMs ?? null,
        memoryKb: options.memoryKb ?? 2048,
        tests: [],
        compileOutput: null,
        message: null,
      };
      assert.equal((await worker.post(INTERNAL_ROUTES.finishSubmission(id), outcome)).status, 200);
    }
    return id;
  }

  before(async () => {
    worker = new Client(base);
    worker.bearer = WORKER_TOKEN;
    ada = await signedIn('rank_ada');
    bob = await signedIn('rank_bob');
    ids.fast = await submission(ada, { verdict: 'AC', cpuMs: 10 });
    ids.middle = await submission(ada, { verdict: 'AC', cpuMs: 20, memoryKb: 3100 });
    ids.slow = await submission(ada, { verdict: 'AC', cpuMs: 30 });
    ids.bobs = await submission(bob, { verdict: 'AC', cpuMs: 40 });
    ids.wrong = await submission(bob, { verdict: 'WA', cpuMs: 1 });
    ids.cpp = await submission(bob, { verdict: 'AC', cpuMs: 2, language: 'cpp17' });
    ids.queued = await submission(bob, {});
  });

  test('counts every AC of the problem in the language, and places this one', async () => {
    const answer = await ada.get(`/api/v1/submissions/${ids.middle}/rank`);
    assert.equal(answer.status, 200, JSON.stringify(answer.json));
    const rank = answer.json;
    assert.equal(rank.submissionId, ids.middle);
    assert.equal(rank.problemId, 'sum');
    assert.equal(rank.language, 'python3');
    assert.equal(rank.runtimeMs, 20);
    assert.equal(rank.memoryKb, 3100);
    assert.equal(rank.acceptedCount, 4, 'each of one user’s AC counts; WA, other languages and queued do not');
    assert.equal(rank.fasterThanPercent, 50, 'strictly slower: 30 and 40 of 4');
    // 10..40 ms is 31 whole milliseconds: 16 buckets of 2 ms
    assert.equal(rank.histogram.length, 16);
    for (const bucket of rank.histogram) assert.equal(bucket.toMs - bucket.fromMs, 2);
    assert.equal(rank.histogram[0].fromMs, 10);
    assert.equal(rank.histogram.at(-1).toMs, 42);
    assert.equal(
      rank.histogram.reduce((sum: number, bucket: Json) => sum + bucket.count, 0),
      4,
    );
    assert.equal(rank.bucket, 5);
    const mine = rank.histogram[rank.bucket];
    assert.ok(mine.fromMs <= 20 && 20 < mine.toMs && mine.count === 1);

    const fastest = (await ada.get(`/api/v1/submissions/${ids.fast}/rank`)).json;
    assert.equal(fastest.fasterThanPercent, 75);
    assert.equal(fastest.bucket, 0);
    const slowest = (await bob.get(`/api/v1/submissions/${ids.bobs}/rank`)).json;
    assert.equal(slowest.fasterThanPercent, 0);
    assert.equal(slowest.bucket, 15);
    const alone = (await bob.get(`/api/v1/submissions/${ids.cpp}/rank`)).json;
    assert.deepEqual(
      { ...alone, submissionId: undefined },
      {
        submissionId: undefined,
        problemId: 'sum',
        language: 'cpp17',
        runtimeMs: 2,
        memoryKb: 2048,
        acceptedCount: 1,
        fasterThanPercent: 0,
        histogram: [{ fromMs: 2, toMs: 3, count: 1 }],
        bucket: 0,
      },
      'one runtime: one bucket',
    );
  });

  test('follows the visibility of GET /submissions/:id: the owner and admins, 404 for others', async () => {
    assertError(await bob.get(`/api/v1/submissions/${ids.middle}/rank`), 404, 'not_found');
    assertError(await ada.get('/api/v1/submissions/sub_nothing/rank'), 404, 'not_found');
    assertError(await new Client(base).get(`/api/v1/submissions/${ids.middle}/rank`), 401, 'unauthorized');
    assert.equal((await root.get(`/api/v1/submissions/${ids.middle}/rank`)).json.runtimeMs, 20);
  });

  test('a submission not accepted, or not finished, is 409 not_accepted', async () => {
    const wrong = await bob.get(`/api/v1/submissions/${ids.wrong}/rank`);
    assertError(wrong, 409, 'not_accepted');
    assert.match(wrong.json.error.message, /WA/);
    const queued = await bob.get(`/api/v1/submissions/${ids.queued}/rank`);
    assertError(queued, 409, 'not_accepted');
    assert.match(queued.json.error.message, /queued/);
  });
});

describe('the problem of the day', () => {
  const today = () => new Date().toISOString().slice(0, 10);

  test('a published problem as the list shows it, with the caller’s status; the same on every instance', async () => {
    const anonymous = await new Client(base).get('/api/v1/daily');
    assert.equal(anonymous.status, 200, JSON.stringify(anonymous.json));
    assert.match(anonymous.json.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok([today(), new Date(Date.now() - 60_000).toISOString().slice(0, 10)].includes(anonymous.json.date));
    assert.equal(anonymous.json.problem.id, 'sum', 'the only published problem (not the hidden one)');
    const listed = (await new Client(base).get('/api/v1/problems')).json.items.find((item: Json) => item.id === 'sum');
    assert.deepEqual(anonymous.json.problem, listed);
    assert.equal(anonymous.json.problem.status, null);

    const dana = await signedIn('daily_dana');
    const before = (await dana.get('/api/v1/daily')).json;
    assert.equal(before.problem.status, 'not_started');
    await dana.post('/api/v1/submissions', { problemId: 'sum', language: 'python3', code: CODE.pythonWrong });
    const afterSubmitting = (await dana.get('/api/v1/daily')).json;
    assert.equal(afterSubmitting.problem.status, 'in_progress');
    assert.deepEqual(
      afterSubmitting.problem,
      (await dana.get('/api/v1/problems')).json.items.find((item: Json) => item.id === 'sum'),
    );

    const otherBase = await extraServer(store);
    const elsewhere = (await new Client(otherBase).get('/api/v1/daily')).json;
    assert.equal(elsewhere.problem.id, anonymous.json.problem.id);
  });

  test('an empty catalog is 404 no_problems', async () => {
    const empty = await createPgliteStore();
    closers.push(() => empty.close());
    await empty.migrate();
    const emptyBase = await extraServer(empty);
    assertError(await new Client(emptyBase).get('/api/v1/daily'), 404, 'no_problems');
  });
});

describe('the OpenAPI document', () => {
  test('lists the new routes with their errors', async () => {
    const paths = (await new Client(base).get('/api/v1/openapi.json')).json.paths;
    for (const [path, method] of [
      ['/api/v1/me/drafts/{problemId}', 'get'],
      ['/api/v1/me/drafts/{problemId}/{language}', 'put'],
      ['/api/v1/me/drafts/{problemId}/{language}', 'delete'],
      ['/api/v1/submissions/{id}/rank', 'get'],
      ['/api/v1/daily', 'get'],
    ] as const) {
      assert.ok(paths[path]?.[method], `${method} ${path} is documented`);
    }
    const save = paths['/api/v1/me/drafts/{problemId}/{language}'].put;
    assert.ok(save.requestBody.content['application/json'].schema.properties.code);
    assert.match(save.responses['413'].description, /code_too_large/);
    assert.match(save.responses['400'].description, /unknown_language/);
    assert.match(save.responses['404'].description, /unknown_problem/);
    const rank = paths['/api/v1/submissions/{id}/rank'].get;
    assert.match(rank.responses['409'].description, /not_accepted/);
    assert.ok(rank.responses['200'].content['application/json'].schema.properties.histogram);
    assert.match(paths['/api/v1/daily'].get.responses['404'].description, /no_problems/);
  });
});
