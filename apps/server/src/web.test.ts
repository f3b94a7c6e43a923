import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { serveWebApp } from './web.ts';

const INDEX = '<!doctype html><title>Verdict</title><div id="root"></div>';
const ASSET = 'console.log("app")';

describe('serving the built web app', () => {
  let dist: string;
  let app: FastifyInstance;

  before(async () => {
    dist = await mkdtemp(join(tmpdir(), 'verdict-web-dist-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), INDEX);
    await writeFile(join(dist, 'assets/index-AbC123.js'), ASSET);
    await writeFile(join(dist, 'assets/index-AbC123.js.br'), brotliCompressSync(ASSET));
    app = Fastify();
    app.get('/api/v1/problems', async () => ({ items: [] }));
    app.setNotFoundHandler((_request, reply) => reply.status(404).send({ error: { code: 'not_found' } }));
    assert.equal(await serveWebApp(app, { distDir: dist }), true);
    await app.ready();
  });

  after(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  test('hashed assets are immutable for a year', async () => {
    const answer = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js' });
    assert.equal(answer.statusCode, 200);
    assert.equal(answer.body, ASSET);
    assert.match(answer.headers['cache-control'] ?? '', /public/);
    assert.match(answer.headers['cache-control'] ?? '', /max-age=31536000/);
    assert.match(answer.headers['cache-control'] ?? '', /immutable/);
  });

  test('a browser that takes brotli gets the compressed copy the build wrote', async () => {
    const answer = await app.inject({
      method: 'GET',
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    assert.equal(answer.statusCode, 200);
    assert.equal(answer.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(answer.rawPayload).toString(), ASSET);
  });

  test('the index and every app route answer index.html, never cached', async () => {
    for (const url of ['/', '/problems', '/problems/two-sum?tab=submissions', '/me']) {
      const answer = await app.inject({ method: 'GET', url });
      assert.equal(answer.statusCode, 200, url);
      assert.equal(answer.body, INDEX, url);
      assert.equal(answer.headers['cache-control'], 'no-cache', url);
      assert.match(String(answer.headers['content-type']), /text\/html/, url);
    }
  });

  test('the API, sockets, probes, missing assets and files stay 404, not the page', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/api/v1/problems' })).statusCode, 200);
    for (const url of ['/api/v1/nothing', '/api', '/ws', '/healthz', '/readyz', '/assets/gone.js', '/favicon.ico']) {
      const answer = await app.inject({ method: 'GET', url });
      assert.equal(answer.statusCode, 404, url);
      assert.deepEqual(answer.json(), { error: { code: 'not_found' } }, url);
    }
  });

  test('without a build nothing is registered', async () => {
    const bare = Fastify();
    assert.equal(await serveWebApp(bare, { distDir: join(dist, 'missing') }), false);
    await bare.close();
  });
});
