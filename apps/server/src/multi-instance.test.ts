// Two server instances over one store, one queue and one event hub, and a worker that reports
// over HTTP (the internal API) to the second instance: the client of the first instance still
// gets its verdicts and run outcomes, as it would with Postgres, NATS and Redis.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadLanguages } from '@verdict/languages';
import { createMemoryBus, createMemoryHub, createMemoryQueue, type JobQueue } from '@verdict/queue';
import { createSandbox } from '@verdict/sandbox';
import { createPgliteStore, type Store } from '@verdict/store';
import { createHttpLink, createWorker, type Worker } from '@verdict/worker';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { createServer } from './app.ts';
import { Client, CODE, EventReader, importSum, tempDir } from './test-support.ts';

const WORKER_TOKEN = 't'.repeat(48);
const logger = pino({ level: 'warn' });

let store: Store;
let queue: JobQueue;
let servers: FastifyInstance[];
let urls: string[];
let worker: Worker;
let removeCache: () => Promise<void>;

before(async () => {
  store = await createPgliteStore();
  await store.migrate();
  await importSum(store);
  queue = createMemoryQueue();
  const hub = createMemoryHub();
  const languages = loadLanguages();
  const python = languages.filter((language) => language.id === 'python3');
  servers = await Promise.all(
    [0, 1].map(() =>
      createServer({
        store,
        queue,
        bus: createMemoryBus({ hub }),
        languages: [{ id: 'python3', name: 'Python 3', version: null }],
        catalogLanguages: languages,
        workerToken: WORKER_TOKEN,
        logger,
      }),
    ),
  );
  urls = await Promise.all(servers.map((server) => server.listen({ port: 0, host: '127.0.0.1' })));
  const cache = await tempDir('verdict-worker-cache-');
  removeCache = cache.remove;
  worker = createWorker({
    queue,
    link: createHttpLink({ serverUrl: urls[1] ?? '', workerToken: WORKER_TOKEN }),
    sandbox: await createSandbox(),
    languages: python,
    concurrency: 1,
    cacheDir: cache.path,
    logger,
  });
});

after(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await worker.stop();
  await queue.close();
  await store.close();
  await removeCache();
});

test('a submission accepted by one instance and reported to the other reaches the client of the first', async () => {
  const [first, second] = urls as [string, string];
  const client = new Client(first);
  await client.register('roamer');
  const events = await EventReader.open(`${first.replace(/^http/, 'ws')}/ws`, { cookie: client.cookie ?? '' });
  const submitted = await client.post('/api/v1/submissions', {
    problemId: 'sum',
    language: 'python3',
    code: CODE.pythonAccepted,
  });
  assert.equal(submitted.status, 202);
  const done = await events.next(
    (event) => event.type === 'submission.done' && event.submissionId === submitted.json.id,
  );
  assert.equal(done.verdict, 'AC');
  assert.ok(events.events.some((event) => event.type === 'submission.update' && event.state === 'running'));

  // the outcome of a run POSTed to the second instance is reported to it too, and Json instance can show it
  const onSecond = new Client(second);
  onSecond.cookie = client.cookie;
  onSecond.csrfToken = client.csrfToken;
  const run = await onSecond.post('/api/v1/runs', {
    problemId: 'sum',
    language: 'python3',
    code: CODE.pythonWrong,
    stdin: '1 1',
  });
  assert.equal(run.status, 200, JSON.stringify(run.json));
  assert.equal(run.json.outcome.run.stdout, '0\n');
  assert.equal(run.json.outcome.expected.stdout, '2\n');
  const runDone = await events.next((event) => event.type === 'run.done' && event.runId === run.json.id);
  assert.equal(runDone.outcome.run.stdout, '0\n');
  assert.equal((await client.get(`/api/v1/runs/${run.json.id}`)).json.status, 'done');
  await events.close();
});
