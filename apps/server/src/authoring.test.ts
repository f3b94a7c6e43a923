// The author and admin pages' API: my problems with their state, deletion, package errors that
// name the package's files (never the server's paths), statement images from the package, and
// roles granted by an admin; a LaTeX statement converted, a PDF statement as a download. Real
// server over real PGlite; nothing judges here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadLanguages } from '@verdict/languages';
import { packFiles, packProblemDir } from '@verdict/problems';
import { createMemoryBus, createMemoryQueue, type JobQueue } from '@verdict/queue';
import { createPgliteStore, type Store } from '@verdict/store';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { createServer } from './app.ts';
import { Client, type Json, SUM_FIXTURE } from './test-support.ts';

const FIGURE_FIXTURE = fileURLToPath(new URL('../../../problems-fixtures/statement-figure', import.meta.url));
const MAX_PACKAGE_BYTES = 256 * 1024;
const ZIP = { 'content-type': 'application/zip' };

let store: Store;
let queue: JobQueue;
let app: FastifyInstance;
let base: string;
let admin: Client;
let author: Client;
let rival: Client;
let user: Client;

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

const text = (content: string) => new TextEncoder().encode(content);

function uploadAs(client: Client, slug: string, zip: Uint8Array) {
  return client.request('POST', `/api/v1/problems?slug=${slug}`, { raw: zip, headers: ZIP });
}

before(async () => {
  store = await createPgliteStore();
  await store.migrate();
  queue = createMemoryQueue();
  app = await createServer({
    store,
    queue,
    bus: createMemoryBus(),
    languages: [{ id: 'python3', name: 'Python 3', version: '3.11.2' }],
    catalogLanguages: loadLanguages(),
    workerToken: 'w'.repeat(40),
    logger: pino({ level: 'silent' }),
    policy: { admins: ['boss'], maxPackageBytes: MAX_PACKAGE_BYTES },
  });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  admin = await signedIn('boss');
  author = await signedIn('setter');
  rival = await signedIn('rival');
  user = await signedIn('solver');
});

after(async () => {
  await app.close();
  await queue.close();
  await store.close();
});

describe('roles from the admin page', () => {
  test('only admins list users; the list searches username and email and pages', async () => {
    assertError(await user.get('/api/v1/admin/users'), 403, 'forbidden');
    assertError(await new Client(base).get('/api/v1/admin/users'), 401, 'unauthorized');
    const all = await admin.get('/api/v1/admin/users');
    assert.equal(all.status, 200, JSON.stringify(all.json));
    assert.deepEqual(
      all.json.items.map((item: Json) => [item.username, item.role]),
      [
        ['boss', 'admin'],
        ['rival', 'user'],
        ['setter', 'user'],
        ['solver', 'user'],
      ],
    );
    assert.equal(all.json.items[0].passwordHash, undefined, 'no password hashes leave the server');
    const found = await admin.get('/api/v1/admin/users?q=SETTER@example');
    assert.deepEqual(
      found.json.items.map((item: Json) => item.username),
      ['setter'],
    );
    const page = await admin.get('/api/v1/admin/users?limit=2&offset=2');
    assert.deepEqual(
      page.json.items.map((item: Json) => item.username),
      ['setter', 'solver'],
    );
    assert.equal(page.json.total, 4);
    assertError(await admin.get('/api/v1/admin/users?limit=0'), 400, 'validation_failed');
    assertError(await admin.get('/api/v1/admin/users?role=king'), 400, 'validation_failed');
  });

  test('an admin grants the author role (no restart); a user cannot; the last admin keeps theirs', async () => {
    assertError(await user.request('PUT', '/api/v1/users/solver/role', { body: { role: 'admin' } }), 403, 'forbidden');
    assertError(await uploadAs(author, 'too-early', (await packProblemDir(SUM_FIXTURE)).bytes), 403, 'forbidden');
    for (const name of ['setter', 'rival']) {
      const granted = await admin.request('PUT', `/api/v1/users/${name}/role`, { body: { role: 'author' } });
      assert.equal(granted.status, 200, JSON.stringify(granted.json));
      assert.equal(granted.json.role, 'author');
    }
    assert.equal((await author.get('/api/v1/auth/me')).json.user.role, 'author');
    const alone = await admin.request('PUT', '/api/v1/users/boss/role', { body: { role: 'user' } });
    assertError(alone, 409, 'conflict');
    assert.match(alone.json.error.message, /last admin/);
    assertError(
      await admin.request('PUT', '/api/v1/users/nobody/role', { body: { role: 'author' } }),
      404,
      'not_found',
    );
    // with a second admin the first may step down
    assert.equal((await admin.request('PUT', '/api/v1/users/solver/role', { body: { role: 'admin' } })).status, 200);
    assert.equal((await admin.request('PUT', '/api/v1/users/solver/role', { body: { role: 'user' } })).status, 200);
  });
});

describe('my problems', () => {
  test('the author lists their drafts and published problems; others see neither draft', async () => {
    const sum = (await packProblemDir(SUM_FIXTURE)).bytes;
    assert.equal((await uploadAs(author, 'my-draft', sum)).status, 201);
    assert.equal((await uploadAs(author, 'my-live', sum)).status, 201);
    assert.equal((await author.post('/api/v1/problems/my-live/publish')).status, 200);
    assert.equal((await uploadAs(rival, 'rival-draft', sum)).status, 201);

    const mine = await author.get('/api/v1/author/problems');
    assert.equal(mine.status, 200, JSON.stringify(mine.json));
    assert.deepEqual(
      mine.json.items.map((item: Json) => [item.id, item.published]),
      [
        ['my-draft', false],
        ['my-live', true],
      ],
    );
    assertError(await user.get('/api/v1/author/problems'), 403, 'forbidden');

    // another author's draft is not found, whatever they try: it is not revealed
    assertError(await author.get('/api/v1/problems/rival-draft'), 404, 'unknown_problem');
    assertError(await author.post('/api/v1/problems/rival-draft/publish'), 404, 'unknown_problem');
    assertError(await author.request('DELETE', '/api/v1/problems/rival-draft'), 404, 'unknown_problem');
    // another author's published problem is visible but not theirs to delete
    assertError(await rival.request('DELETE', '/api/v1/problems/my-live'), 403, 'forbidden');
  });

  test('a published problem is unpublished before it is deleted; a deleted draft is gone', async () => {
    const refused = await author.request('DELETE', '/api/v1/problems/my-live');
    assertError(refused, 409, 'conflict');
    assert.match(refused.json.error.message, /unpublish it first/);
    assert.equal((await author.post('/api/v1/problems/my-live/unpublish')).status, 200);
    const deleted = await author.request('DELETE', '/api/v1/problems/my-live');
    assert.equal(deleted.status, 204, deleted.text);
    assertError(await author.get('/api/v1/problems/my-live'), 404, 'unknown_problem');
    assert.deepEqual(
      (await author.get('/api/v1/author/problems')).json.items.map((item: Json) => item.id),
      ['my-draft'],
    );
    // an admin may delete any draft
    assert.equal((await admin.request('DELETE', '/api/v1/problems/rival-draft')).status, 204);
    assertError(await admin.request('DELETE', '/api/v1/problems/rival-draft'), 404, 'unknown_problem');
  });
});

describe('a broken package', () => {
  const serverPaths = [tmpdir(), '/tmp/', 'verdict-import-', process.cwd()];

  function assertNoServerPath(answer: { text: string }): void {
    for (const path of serverPaths) assert.ok(!answer.text.includes(path), `"${path}" leaked: ${answer.text}`);
  }

  test('is 400 bad_package listing the package’s own files and errors, never a server path', async () => {
    const cases: { name: string; files: Record<string, string>; file: RegExp }[] = [
      { name: 'no problem.yaml', files: { 'data/sample/1.in': '1 2\n' }, file: /problem\.yaml/ },
      {
        name: 'problem.yaml that is not YAML',
        files: { 'problem.yaml': 'name: [unclosed\n', 'data/secret/1.in': '1\n', 'data/secret/1.ans': '1\n' },
        file: /problem\.yaml/,
      },
      {
        name: 'an input without an answer',
        files: { 'problem.yaml': 'name: X\nlimits:\n  time_limit: 1\n', 'data/secret/1.in': '1\n' },
        file: /data\/secret/,
      },
    ];
    for (const { name, files, file } of cases) {
      const zip = packFiles(new Map(Object.entries(files).map(([path, content]) => [path, text(content)]))).bytes;
      const answer = await uploadAs(author, 'broken', zip);
      assertError(answer, 400, 'bad_package');
      assert.ok(Array.isArray(answer.json.error.issues), `${name}: ${answer.text}`);
      assert.ok(answer.json.error.issues.length > 0, `${name}: ${answer.text}`);
      for (const issue of answer.json.error.issues) {
        assert.equal(typeof issue.file, 'string');
        assert.equal(typeof issue.message, 'string');
        assert.ok(!issue.file.startsWith('/'), `${name}: ${issue.file} is absolute`);
      }
      assert.ok(
        answer.json.error.issues.some((issue: Json) => file.test(issue.file)),
        `${name}: ${answer.text}`,
      );
      assertNoServerPath(answer);
    }
    const notZip = await uploadAs(author, 'broken', text('not a zip at all'));
    assertError(notZip, 400, 'bad_package');
    assert.equal(notZip.json.error.issues.length, 1);
    assertNoServerPath(notZip);
  });

  test('a zip over the size limit is 413 payload_too_large in the API’s error shape', async () => {
    const answer = await uploadAs(author, 'huge', new Uint8Array(MAX_PACKAGE_BYTES + 1));
    assertError(answer, 413, 'payload_too_large');
    assert.match(answer.json.error.message, /256 KiB/);
  });
});

describe('statement images', () => {
  let statementHtml: string;

  before(async () => {
    const uploaded = await uploadAs(author, 'statement-figure', (await packProblemDir(FIGURE_FIXTURE)).bytes);
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.json));
    statementHtml = uploaded.json.problem.statementHtml;
    assert.ok(
      uploaded.json.issues.some((issue: Json) => /images\.example\.com.*link/.test(issue.message)),
      'the author is told the remote image is only a link',
    );
  });

  test('a package image is served from the package; a remote one is a link, never an <img>', async () => {
    assert.match(statementHtml, /<img [^>]*src="\/api\/v1\/problems\/statement-figure\/assets\/figure\.png"/);
    assert.doesNotMatch(statementHtml, /<img [^>]*src="https?:/);
    assert.match(statementHtml, /<a href="https:\/\/images\.example\.com\/pixel\.png"[^>]*>a tracker \(remote image/);

    const image = await author.get('/api/v1/problems/statement-figure/assets/figure.png');
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/png');
    assert.equal(image.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(image.headers.get('content-security-policy'), "default-src 'none'; sandbox");
    assert.ok(image.text.startsWith('\uFFFDPNG'), 'PNG bytes');
  });

  test('only images beside the statement, only to those who may see the problem', async () => {
    for (const name of ['nope.png', 'problem.en.md', '..%2Fproblem.yaml', 'figure.svg', '.hidden.png']) {
      assertError(await author.get(`/api/v1/problems/statement-figure/assets/${name}`), 404, 'not_found');
    }
    // a draft's images are as hidden as the draft
    assertError(await user.get('/api/v1/problems/statement-figure/assets/figure.png'), 404, 'unknown_problem');
    assertError(
      await new Client(base).get('/api/v1/problems/statement-figure/assets/figure.png'),
      404,
      'unknown_problem',
    );
    assert.equal((await author.post('/api/v1/problems/statement-figure/publish')).status, 200);
    const published = await new Client(base).get('/api/v1/problems/statement-figure/assets/figure.png');
    assert.equal(published.status, 200);
    assert.match(published.headers.get('cache-control') ?? '', /public/);
  });
});

describe('LaTeX and PDF statements', () => {
  const LATEX_FIXTURE = fileURLToPath(new URL('../../../problems-fixtures/latex-statement', import.meta.url));
  const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
  let problem: Json;

  before(async () => {
    const uploaded = await uploadAs(author, 'latex-statement', (await packProblemDir(LATEX_FIXTURE)).bytes);
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.json));
    problem = uploaded.json.problem;
  });

  test('problem.en.tex is shown as HTML with its figure from the package', { skip: !hasPandoc && 'no pandoc' }, () => {
    assert.match(problem.statementHtml, /^<h1>Square Crates<\/h1>/);
    assert.match(problem.statementHtml, /<img [^>]*src="\/api\/v1\/problems\/latex-statement\/assets\/crates\.png"/);
    assert.match(problem.statementHtml, /<span class="katex">/);
  });

  test('the PDF statement is linked and downloaded, never shown inline; the LaTeX source is not served', async () => {
    assert.equal(problem.statementPdfUrl, '/api/v1/problems/latex-statement/assets/problem.en.pdf');
    const pdf = await author.get(problem.statementPdfUrl);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(pdf.headers.get('content-disposition'), 'attachment; filename="problem.en.pdf"');
    assert.equal(pdf.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(pdf.headers.get('content-security-policy'), "default-src 'none'; sandbox");
    assert.ok(pdf.text.startsWith('%PDF-'), 'PDF bytes');
    for (const name of ['problem.en.tex', 'problem.pdf', 'statement.pdf']) {
      assertError(await author.get(`/api/v1/problems/latex-statement/assets/${name}`), 404, 'not_found');
    }
    assert.equal((await author.get('/api/v1/problems/statement-figure')).json.statementPdfUrl, null);
  });
});
