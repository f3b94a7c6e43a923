// The HTTP contract against a real listening server over real PGlite, the memory queue and bus;
// nothing judges here (no worker), so submissions stay queued: e2e.test.ts judges them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadLanguages } from '@verdict/languages';
import { packProblemDir, sha256Hex } from '@verdict/problems';
import { INTERNAL_ROUTES } from '@verdict/protocol';
import { createMemoryBus, createMemoryQueue, type JobQueue } from '@verdict/queue';
import { createPgliteStore, type Store } from '@verdict/store';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { createServer } from './app.ts';
import { Client, CODE, importSum, type Json, SUM_FIXTURE } from './test-support.ts';

const WORKER_TOKEN = 'w'.repeat(40);
const LANGUAGES = [
  { id: 'cpp17', name: 'C++17', version: '12.2.0' },
  { id: 'python3', name: 'Python 3', version: '3.11.2' },
];

let store: Store;
let queue: JobQueue;
let app: FastifyInstance;
let base: string;

before(async () => {
  store = await createPgliteStore();
  await store.migrate();
  await importSum(store);
  queue = createMemoryQueue();
  app = await createServer({
    store,
    queue,
    bus: createMemoryBus(),
    languages: LANGUAGES,
    catalogLanguages: loadLanguages(),
    workerToken: WORKER_TOKEN,
    logger: pino({ level: 'silent' }),
    policy: { admins: ['root'], loginFailuresPerAccount: 3, maxActiveSubmissions: 3 },
  });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});

after(async () => {
  await app.close();
  await queue.close();
  await store.close();
});

function assertError(answer: { status: number; json: Json }, status: number, code: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.json));
  assert.equal(answer.json?.error?.code, code, JSON.stringify(answer.json));
  assert.equal(typeof answer.json.error.message, 'string');
}

describe('the error contract', () => {
  test('an unknown route is 404 not_found and the request id is echoed', async () => {
    const answer = await new Client(base).get('/api/v1/nothing-here', { 'x-request-id': 'trace-42' });
    assertError(answer, 404, 'not_found');
    assert.equal(answer.headers.get('x-request-id'), 'trace-42');
    const generated = await new Client(base).get('/healthz');
    assert.match(generated.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });

  test('an over-long path parameter or a malformed URL gets our error shape, not the framework’s', async () => {
    const client = new Client(base);
    for (const path of [
      `/api/v1/submissions/${'x'.repeat(500)}`,
      `/api/v1/problems/${'y'.repeat(500)}/submissions`,
      `/api/v1/me/drafts/${'z'.repeat(500)}/python3`,
    ]) {
      const answer = await client.get(path);
      // the router ends such a path as not found or as too long: either way in our shape
      assert.ok([404, 414].includes(answer.status), `${answer.status} for ${path.slice(0, 40)}`);
      assert.match(answer.json?.error?.code ?? '', /^(not_found|bad_request)$/, answer.text.slice(0, 200));
      assert.equal(typeof answer.json.error.message, 'string');
    }
    assertError(await client.get('/api/v1/problems/%E0%A4%A'), 400, 'bad_request');
  });

  test('bad JSON is 400 bad_json; a schema failure is 400 validation_failed naming the field', async () => {
    const client = new Client(base);
    const bad = await client.request('POST', '/api/v1/auth/register', {
      raw: '{"username": ',
      headers: { 'content-type': 'application/json' },
    });
    assertError(bad, 400, 'bad_json');
    const invalid = await client.post('/api/v1/auth/register', {
      username: 'ok_name',
      email: 'nope',
      password: 'long enough',
    });
    assertError(invalid, 400, 'validation_failed');
    assert.match(invalid.json.error.message, /field "email"/);
  });

  test('a body over the limit is 413 payload_too_large', async () => {
    const answer = await new Client(base).post('/api/v1/auth/login', {
      login: 'x',
      password: 'y'.repeat(5 * 1024 * 1024),
    });
    assertError(answer, 413, 'payload_too_large');
  });

  test('code over 64 KiB, an unknown language and an unknown problem get their own codes', async () => {
    const client = new Client(base);
    await client.register('errors_user');
    const tooLarge = await client.post('/api/v1/submissions', {
      problemId: 'sum',
      language: 'cpp17',
      code: 'x'.repeat(64 * 1024 + 1),
    });
    assertError(tooLarge, 413, 'code_too_large');
    const language = await client.post('/api/v1/submissions', {
      problemId: 'sum',
      language: 'pyhton',
      code: 'print(1)',
    });
    assertError(language, 400, 'unknown_language');
    assert.match(language.json.error.message, /"pyhton".*available: cpp17, python3/);
    const problem = await client.post('/api/v1/submissions', { problemId: 'no-such', language: 'cpp17', code: 'x' });
    assertError(problem, 404, 'unknown_problem');
  });

  test('the OpenAPI document lists every route with its errors', async () => {
    const answer = await new Client(base).get('/api/v1/openapi.json');
    assert.equal(answer.status, 200);
    assert.equal(answer.json.openapi, '3.1.0');
    const paths = answer.json.paths;
    for (const [path, method] of [
      ['/api/v1/auth/register', 'post'],
      ['/api/v1/auth/me', 'get'],
      ['/api/v1/problems', 'get'],
      ['/api/v1/problems', 'post'],
      ['/api/v1/problems/{id}', 'get'],
      ['/api/v1/submissions', 'post'],
      ['/api/v1/runs', 'post'],
      ['/api/v1/me/progress', 'get'],
      ['/internal/v1/submissions/{id}/finish', 'post'],
    ] as const) {
      assert.ok(paths[path]?.[method], `${method} ${path} is documented`);
    }
    const submit = paths['/api/v1/submissions'].post;
    assert.ok(submit.requestBody.content['application/json'].schema.properties.code);
    assert.match(submit.responses['413'].description, /code_too_large/);
    assert.match(submit.responses['429'].description, /too_many_active/);
  });

  test('the home page says where the API is', async () => {
    const answer = await new Client(base).get('/');
    assert.equal(answer.status, 200);
    assert.match(answer.text, /\/api\/v1\/openapi\.json/);
  });
});

describe('accounts', () => {
  test('register, me, logout; passwords are argon2id hashes', async () => {
    const client = new Client(base);
    const registered = await client.register('alice');
    assert.equal(registered.status, 201);
    assert.equal(registered.json.user.username, 'alice');
    assert.equal(registered.json.user.role, 'user');
    assert.ok(client.cookie && client.csrfToken);
    assert.match(registered.headers.get('set-cookie') ?? '', /HttpOnly/i);
    assert.match(registered.headers.get('set-cookie') ?? '', /SameSite=Lax/i);
    const me = await client.get('/api/v1/auth/me');
    assert.equal(me.status, 200);
    assert.equal(me.json.user.username, 'alice');
    assert.equal(me.json.csrfToken, client.csrfToken);
    assert.match((await store.getUserByLogin('alice'))?.passwordHash ?? '', /^\$argon2id\$/);

    assert.equal((await client.post('/api/v1/auth/logout')).status, 204);
    assertError(await client.get('/api/v1/auth/me'), 401, 'unauthorized');
  });

  test('taken usernames and emails are 409; a wrong password is 401 invalid_credentials', async () => {
    const client = new Client(base);
    await client.register('bob');
    assertError(await new Client(base).register('BOB'), 409, 'username_taken');
    const email = await new Client(base).post('/api/v1/auth/register', {
      username: 'bobby',
      email: 'BOB@example.com',
      password: 'another password',
    });
    assertError(email, 409, 'email_taken');
    assertError(
      await new Client(base).post('/api/v1/auth/login', { login: 'bob', password: 'wrong one' }),
      401,
      'invalid_credentials',
    );
    const byEmail = new Client(base);
    const login = await byEmail.post('/api/v1/auth/login', {
      login: 'bob@example.com',
      password: 'correct horse battery',
    });
    assert.equal(login.status, 200);
    assert.equal((await byEmail.get('/api/v1/auth/me')).json.user.username, 'bob');
  });

  test('a cookie-authenticated write without the CSRF header is 403 csrf_failed', async () => {
    const client = new Client(base);
    await client.register('carol');
    const body = { problemId: 'sum', language: 'python3', code: CODE.pythonAccepted };
    assertError(await client.request('POST', '/api/v1/submissions', { body, csrf: false }), 403, 'csrf_failed');
    assertError(
      await client.request('POST', '/api/v1/submissions', { body, csrf: false, headers: { 'x-csrf-token': 'forged' } }),
      403,
      'csrf_failed',
    );
  });

  test('a bearer token works without cookie or CSRF', async () => {
    await new Client(base).register('dave');
    const tokens = await new Client(base).post('/api/v1/auth/tokens', {
      login: 'dave',
      password: 'correct horse battery',
      name: 'script',
    });
    assert.equal(tokens.status, 201);
    assert.match(tokens.json.token, /^vdt_/);
    const script = new Client(base);
    script.bearer = tokens.json.token;
    assert.equal((await script.get('/api/v1/auth/me')).json.user.username, 'dave');
    const submitted = await script.post('/api/v1/submissions', {
      problemId: 'sum',
      language: 'python3',
      code: CODE.pythonAccepted,
    });
    assert.equal(submitted.status, 202);
    script.bearer = 'vdt_forged';
    assertError(await script.get('/api/v1/auth/me'), 401, 'unauthorized');
  });

  test('failed logins are limited per account: 429 with Retry-After, even for the right password', async () => {
    await new Client(base).register('erin');
    for (let attempt = 0; attempt < 3; attempt++) {
      assertError(
        await new Client(base).post('/api/v1/auth/login', { login: 'erin', password: 'guess' }),
        401,
        'invalid_credentials',
      );
    }
    const limited = await new Client(base).post('/api/v1/auth/login', {
      login: 'ERIN',
      password: 'correct horse battery',
    });
    assertError(limited, 429, 'rate_limited');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  });
});

async function signedIn(username: string): Promise<Client> {
  const client = new Client(base);
  const answer = await client.register(username);
  assert.equal(answer.status, 201, JSON.stringify(answer.json));
  return client;
}

describe('problems', () => {
  let author: Client;
  let admin: Client;
  let user: Client;
  let upload: Uint8Array;

  before(async () => {
    admin = await signedIn('root');
    author = await signedIn('writer');
    user = await signedIn('reader');
    const role = await admin.request('PUT', '/api/v1/users/writer/role', { body: { role: 'author' } });
    assert.equal(role.status, 200, JSON.stringify(role.json));
    upload = (await packProblemDir(SUM_FIXTURE)).bytes;
  });

  test('the list filters by difficulty, topic, text and status, and pages', async () => {
    const all = await user.get('/api/v1/problems');
    assert.equal(all.status, 200);
    assert.ok(all.json.items.some((item: Json) => item.id === 'sum'));
    const sum = all.json.items.find((item: Json) => item.id === 'sum');
    assert.equal(sum.status, 'not_started');
    const difficulty = sum.difficulty;
    assert.ok(
      (await user.get(`/api/v1/problems?difficulty=${difficulty}`)).json.items.some((i: Json) => i.id === 'sum'),
    );
    const other = difficulty === 'hard' ? 'easy' : 'hard';
    assert.ok(!(await user.get(`/api/v1/problems?difficulty=${other}`)).json.items.some((i: Json) => i.id === 'sum'));
    assert.equal((await user.get('/api/v1/problems?q=SUM')).json.items[0]?.id, 'sum');
    assert.equal((await user.get('/api/v1/problems?q=zzzz-nothing')).json.total, 0);
    assert.equal((await user.get('/api/v1/problems?topic=no-such-topic')).json.total, 0);
    assert.equal((await user.get('/api/v1/problems?status=completed')).json.total, 0);
    const paged = await user.get('/api/v1/problems?limit=1&offset=0&sort=title');
    assert.equal(paged.json.items.length, 1);
    assert.equal(paged.json.limit, 1);
    assertError(await user.get('/api/v1/problems?limit=0'), 400, 'validation_failed');
    assertError(await user.get('/api/v1/problems?difficulty=impossible'), 400, 'validation_failed');
  });

  test('the detail has the statement, samples, languages, starter code and an ETag that answers 304', async () => {
    const first = await user.get('/api/v1/problems/sum');
    assert.equal(first.status, 200);
    assert.ok(first.json.statementHtml.length > 0);
    assert.ok(first.json.samples.length > 0);
    assert.deepEqual(
      first.json.languages.map((language: Json) => language.id),
      ['cpp17', 'python3'],
    );
    assert.ok(Object.keys(first.json.starter).every((id) => id === 'cpp17' || id === 'python3'));
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await user.get('/api/v1/problems/sum', { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.text, '');
    assertError(await user.get('/api/v1/problems/nope'), 404, 'unknown_problem');
  });

  test('an author uploads a draft, previews it and publishes it; others see it only then', async () => {
    const uploaded = await author.request('POST', '/api/v1/problems?slug=writer-sum', {
      raw: upload,
      headers: { 'content-type': 'application/zip' },
    });
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.json));
    assert.equal(uploaded.json.problem.id, 'writer-sum');
    assert.equal(uploaded.json.problem.published, false);
    assert.equal((await author.get('/api/v1/problems/writer-sum')).status, 200);
    assertError(await user.get('/api/v1/problems/writer-sum'), 404, 'unknown_problem');
    assert.ok(!(await user.get('/api/v1/problems')).json.items.some((item: Json) => item.id === 'writer-sum'));
    const etag = (await author.get('/api/v1/problems/writer-sum')).headers.get('etag') ?? '';

    assertError(await user.post('/api/v1/problems/writer-sum/publish'), 403, 'forbidden');
    const published = await author.post('/api/v1/problems/writer-sum/publish');
    assert.equal(published.status, 200);
    assert.equal(published.json.published, true);
    const seen = await user.get('/api/v1/problems/writer-sum', { 'if-none-match': etag });
    assert.equal(seen.status, 200, 'the ETag moved with the version');
    assert.ok((await user.get('/api/v1/problems')).json.items.some((item: Json) => item.id === 'writer-sum'));

    const unpublished = await admin.post('/api/v1/problems/writer-sum/unpublish');
    assert.equal(unpublished.json.published, false);
    assertError(await user.get('/api/v1/problems/writer-sum'), 404, 'unknown_problem');
  });

  test('uploads are refused to plain users, to other authors’ slugs, without a slug, and for broken zips', async () => {
    const zip = { 'content-type': 'application/zip' };
    assertError(
      await user.request('POST', '/api/v1/problems?slug=mine', { raw: upload, headers: zip }),
      403,
      'forbidden',
    );
    assertError(
      await author.request('POST', '/api/v1/problems', { raw: upload, headers: zip }),
      400,
      'validation_failed',
    );
    assertError(
      await author.request('POST', '/api/v1/problems?slug=sum', { raw: upload, headers: zip }),
      403,
      'forbidden',
    );
    const broken = await author.request('POST', '/api/v1/problems?slug=broken', {
      raw: new TextEncoder().encode('not a zip'),
      headers: zip,
    });
    assertError(broken, 400, 'bad_package');
  });

  test('progress is set by hand and read back', async () => {
    const set = await user.request('PUT', '/api/v1/problems/sum/progress', { body: { status: 'in_progress' } });
    assert.equal(set.status, 200, JSON.stringify(set.json));
    const progress = await user.get('/api/v1/me/progress');
    assert.equal(progress.json.problems.find((entry: Json) => entry.problemId === 'sum')?.status, 'in_progress');
    assert.equal((await user.get('/api/v1/problems?status=in_progress')).json.items[0]?.id, 'sum');
  });
});

describe('submissions without a worker', () => {
  test('the same Idempotency-Key returns the first submission and queues one job', async () => {
    const client = await signedIn('idem');
    const body = { problemId: 'sum', language: 'python3', code: CODE.pythonAccepted };
    const depth = (await queue.depth()).normal;
    const first = await client.post('/api/v1/submissions', body, { 'idempotency-key': 'key-1' });
    const second = await client.post('/api/v1/submissions', body, { 'idempotency-key': 'key-1' });
    assert.equal(first.status, 202);
    assert.equal(second.status, 202);
    assert.equal(second.json.id, first.json.id);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.equal((await queue.depth()).normal, depth + 1);
    const shown = await client.get(`/api/v1/submissions/${first.json.id}`);
    assert.equal(shown.json.state, 'queued');
    assert.equal(shown.json.code, CODE.pythonAccepted);
    assertError(await (await signedIn('nosy')).get(`/api/v1/submissions/${first.json.id}`), 404, 'not_found');
  });

  test('more active submissions than allowed is 429 too_many_active with Retry-After', async () => {
    const client = await signedIn('busy');
    const body = { problemId: 'sum', language: 'python3', code: CODE.pythonAccepted };
    for (let i = 0; i < 3; i++) assert.equal((await client.post('/api/v1/submissions', body)).status, 202);
    const refused = await client.post('/api/v1/submissions', body);
    assertError(refused, 429, 'too_many_active');
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    const mine = await client.get('/api/v1/submissions?limit=2');
    assert.equal(mine.json.items.length, 2);
    assert.ok(mine.json.nextBefore);
    const older = await client.get(`/api/v1/submissions?limit=2&before=${encodeURIComponent(mine.json.nextBefore)}`);
    assert.equal(older.json.items.length, 1);
    assert.equal((await client.get('/api/v1/problems/sum/submissions')).json.items.length, 3);
  });
});

describe('the internal API of workers', () => {
  test('needs the worker token and drives a submission to one stored verdict', async () => {
    const client = await signedIn('internal');
    const { id } = (
      await client.post('/api/v1/submissions', { problemId: 'sum', language: 'cpp17', code: CODE.cppAccepted })
    ).json;
    const worker = new Client(base);
    assertError(await worker.post(INTERNAL_ROUTES.startSubmission(id), {}), 401, 'unauthorized');
    worker.bearer = WORKER_TOKEN;
    const start = await worker.post(INTERNAL_ROUTES.startSubmission(id), {});
    assert.deepEqual(start.json, { proceed: true, attempt: 1 });
    const progress = { state: 'running', testsDone: 1, testsTotal: 14, test: null };
    assert.equal((await worker.post(INTERNAL_ROUTES.submissionProgress(id), progress)).status, 204);
    assert.equal((await client.get(`/api/v1/submissions/${id}`)).json.state, 'running');
    const outcome = {
      verdict: 'AC',
      score: null,
      maxScore: null,
      cpuMs: 3,
      memoryKb: 1024,
      tests: [],
      compileOutput: null,
      message: null,
    };
    const first = await worker.post(INTERNAL_ROUTES.finishSubmission(id), outcome);
    assert.deepEqual([first.status, first.json], [200, { stored: true }]);
    const again = await worker.post(INTERNAL_ROUTES.finishSubmission(id), { ...outcome, verdict: 'WA' });
    assert.deepEqual([again.status, again.json], [200, { stored: false }], 'a repeated report is answered, not stored');
    const stored = await client.get(`/api/v1/submissions/${id}`);
    assert.equal(stored.json.verdict, 'AC', 'only the first finish counts');
    assert.deepEqual((await worker.post(INTERNAL_ROUTES.startSubmission(id), {})).json.proceed, false);
    assertError(await worker.post(INTERNAL_ROUTES.startSubmission('sub_unknown'), {}), 404, 'not_found');
    assertError(await worker.post(INTERNAL_ROUTES.finishSubmission(id), { verdict: 'AC' }), 400, 'validation_failed');

    const problem = await store.getProblem('sum');
    const zip = await fetch(`${base}${INTERNAL_ROUTES.package(problem?.packageHash ?? '')}`, {
      headers: { authorization: `Bearer ${WORKER_TOKEN}` },
    });
    assert.equal(zip.status, 200);
    assert.equal(sha256Hex(new Uint8Array(await zip.arrayBuffer())), problem?.packageHash);
  });

  test('a submission taken more than 3 times is stored as IE', async () => {
    const client = await signedIn('unlucky');
    const { id } = (
      await client.post('/api/v1/submissions', { problemId: 'sum', language: 'cpp17', code: CODE.cppAccepted })
    ).json;
    const worker = new Client(base);
    worker.bearer = WORKER_TOKEN;
    for (let attempt = 1; attempt <= 3; attempt++) {
      assert.deepEqual((await worker.post(INTERNAL_ROUTES.startSubmission(id), {})).json, { proceed: true, attempt });
    }
    assert.deepEqual((await worker.post(INTERNAL_ROUTES.startSubmission(id), {})).json, { proceed: false, attempt: 4 });
    const stored = await client.get(`/api/v1/submissions/${id}`);
    assert.equal(stored.json.verdict, 'IE');
    assert.match(stored.json.message, /judging failed 3 times/);
  });
});
