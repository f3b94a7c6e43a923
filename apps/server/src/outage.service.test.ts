// Issue 13, item 9: in the distributed deployment every submission reaches exactly one verdict
// however long a part is down. A `verdict start` server on the real PostgreSQL (a fresh database),
// a NATS JetStream of the test's own (its own nats-server on a free port, so it can be killed and
// restarted) and the real Redis, two `verdict worker` processes and 40 submissions. Under load the
// server is killed (SIGKILL) for 60 s, then a worker is killed, then NATS is killed and restarted.
// Counted at the end: 0 submissions lost (all done, none IE), 0 announced twice (the verdict
// events on Redis, one per submission).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { cp, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { userChannel } from '@verdict/protocol';
import { createRedisBus, type EventBus } from '@verdict/queue';
import pg from 'pg';
import { Client, CODE, SUM_FIXTURE, tempDir } from './test-support.ts';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const NATS_SERVER = process.env.NATS_SERVER_BIN ?? 'nats-server';
const CLI = fileURLToPath(new URL('../../cli/bin/verdict.js', import.meta.url));
const READY_TIMEOUT_MS = 90_000;
const SUBMISSIONS = 40;
const SERVER_DOWN_MS = 60_000;
const TEST_TIMEOUT_MS = 400_000;
/** Bounds of each wait: a step that never happens fails the checks at the end, not a timeout. */
const STEP_WITHIN_MS = 45_000;
const ALL_DONE_WITHIN_MS = 90_000;
const RUN_ID = randomBytes(4).toString('hex');
const DATABASE = `verdict_outage_${RUN_ID}`;
const STREAM = `VERDICT_OUTAGE_${RUN_ID}`;
const WORKER_TOKEN = randomBytes(24).toString('hex');

const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 1, connectionTimeoutMillis: 5_000 });
admin.on('error', () => {});
const children = new Set<ChildProcess>();
let removeData: () => Promise<void> = async () => {};
let dataPath = '';
let natsPort = 0;
let serverPort = 0;

function databaseUrl(): string {
  const url = new URL(DATABASE_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** Starts a process and resolves once a line of its stdout or stderr satisfies `ready`. */
function startProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<ChildProcess> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${args[0]} was not ready in ${READY_TIMEOUT_MS} ms:\n${output.join('\n')}`)),
      READY_TIMEOUT_MS,
    );
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream as NodeJS.ReadableStream }).on('line', (line) => {
        if (output.length < 200) output.push(line);
        if (ready.test(line)) {
          clearTimeout(timer);
          resolve(child);
        }
      });
    }
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${args[0]} exited (${code ?? signal}) before it was ready:\n${output.join('\n')}`));
    });
  });
}

async function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
}

const natsUrl = () => `nats://127.0.0.1:${natsPort}`;
const serverUrl = () => `http://127.0.0.1:${serverPort}`;

function startNats(): Promise<ChildProcess> {
  // the same store dir each time: a restarted NATS finds the stream, its jobs and consumers
  return startProcess(
    NATS_SERVER,
    ['-js', '-a', '127.0.0.1', '-p', String(natsPort), '-sd', join(dataPath, 'nats')],
    {},
    /Server is ready/,
  );
}

function env(): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl(),
    NATS_URL: natsUrl(),
    REDIS_URL,
    VERDICT_NATS_STREAM: STREAM,
    VERDICT_WORKER_TOKEN: WORKER_TOKEN,
    VERDICT_PROBLEMS_DIR: join(dataPath, 'problems'),
    VERDICT_LANGUAGES: 'python3',
    VERDICT_MAX_ACTIVE_SUBMISSIONS: String(SUBMISSIONS),
    VERDICT_SUBMISSIONS_PER_MINUTE: String(SUBMISSIONS * 2),
    LOG_LEVEL: 'warn',
  };
}

function startServer(): Promise<ChildProcess> {
  return startProcess(
    process.execPath,
    [CLI, 'start', '--port', String(serverPort), '--data', join(dataPath, 'server')],
    env(),
    /^Verdict is running at /,
  );
}

function startWorker(index: number): Promise<ChildProcess> {
  return startProcess(
    process.execPath,
    [CLI, 'worker', '--server', serverUrl(), '--concurrency', '1', '--cache', join(dataPath, `cache-${index}`)],
    env(),
    /worker started/,
  );
}

before(async () => {
  await admin.query(`create database "${DATABASE}"`);
  const data = await tempDir('verdict-outage-');
  removeData = data.remove;
  dataPath = data.path;
  await mkdir(join(dataPath, 'problems'));
  await cp(SUM_FIXTURE, join(dataPath, 'problems', 'sum'), { recursive: true });
  [natsPort, serverPort] = [await freePort(), await freePort()];
});

after(async () => {
  await Promise.all([...children].map((child) => kill(child)));
  await admin.query(`drop database if exists "${DATABASE}" with (force)`);
  await admin.end();
  await removeData();
});

/** Counts the verdict announcements per submission and resolves waits on their number. */
class Announcements {
  readonly perSubmission = new Map<string, number>();
  private waiters: { count: number; resolve: () => void }[] = [];
  total = 0;

  add(submissionId: string): void {
    this.perSubmission.set(submissionId, (this.perSubmission.get(submissionId) ?? 0) + 1);
    this.total++;
    this.waiters = this.waiters.filter((waiter) => {
      if (this.perSubmission.size < waiter.count) return true;
      waiter.resolve();
      return false;
    });
  }

  /**
   * Resolves once `count` different submissions have been announced done, or after withinMs at
   * the latest (then the counts in the database say what is missing, rather than a timeout).
   */
  reach(count: number, withinMs: number): Promise<void> {
    if (this.perSubmission.size >= count) return Promise.resolve();
    const reached = new Promise<void>((resolve) => this.waiters.push({ count, resolve }));
    const timer = new AbortController();
    return Promise.race([reached, delay(withinMs, undefined, { signal: timer.signal }).catch(() => {})]).finally(() =>
      timer.abort(),
    );
  }
}

test('server down 60 s under load, then a worker killed, then NATS restarted: 0 lost, 0 judged twice', {
  timeout: TEST_TIMEOUT_MS,
}, async () => {
  const startedAt = performance.now();
  let nats = await startNats();
  let server = await startServer();
  const workers = [await startWorker(0), await startWorker(1)];

  const client = new Client(serverUrl());
  const registered = await client.register('outage');
  assert.equal(registered.status, 201, JSON.stringify(registered.json));
  const userId = registered.json.user.id as string;
  const announcements = new Announcements();
  const bus: EventBus = await createRedisBus({ url: REDIS_URL });
  try {
    await bus.subscribe(userChannel(userId), (message) => {
      const event = message as { type: string; submissionId: string };
      if (event.type === 'submission.done') announcements.add(event.submissionId);
    });

    const expected = new Map<string, string>();
    for (let index = 0; index < SUBMISSIONS; index++) {
      const accepted = index % 2 === 0;
      const answer = await client.post('/api/v1/submissions', {
        problemId: 'sum',
        language: 'python3',
        code: accepted ? CODE.pythonAccepted : CODE.pythonWrong,
      });
      assert.equal(answer.status, 202, JSON.stringify(answer.json));
      expected.set(answer.json.id, accepted ? 'AC' : 'WA');
    }

    // under load: the workers are judging when the server goes away
    await announcements.reach(2, STEP_WITHIN_MS);
    await kill(server);
    const doneBeforeOutage = announcements.perSubmission.size;
    await delay(SERVER_DOWN_MS);
    server = await startServer();

    // the server is back: judging goes on; then one worker dies in the middle of a job
    await announcements.reach(doneBeforeOutage + 4, STEP_WITHIN_MS);
    await kill(workers[0]!);

    // then NATS dies and comes back with its stream on disk
    await announcements.reach(Math.min(SUBMISSIONS, announcements.perSubmission.size + 2), STEP_WITHIN_MS);
    await kill(nats);
    nats = await startNats();

    // a killed worker's job comes back after the ack deadline (30 s); a lost one at the next reconcile (30 s)
    await announcements.reach(SUBMISSIONS, ALL_DONE_WITHIN_MS);
    const db = new pg.Client({ connectionString: databaseUrl() });
    await db.connect();
    let rows: { id: string; state: string; verdict: string | null; attempts: number }[];
    try {
      ({ rows } = await db.query('select id, state, verdict, attempts from submissions where user_id = $1', [userId]));
    } finally {
      await db.end();
    }
    const lost = rows.filter((row) => row.state !== 'done');
    assert.deepEqual(lost, [], 'lost: submissions without a verdict');
    const wrong = rows.filter((row) => row.verdict !== expected.get(row.id));
    assert.deepEqual(wrong, [], 'every verdict is the one its code deserves (none IE)');
    assert.equal(rows.length, SUBMISSIONS);
    // a moment for a second announcement, if any were coming, to arrive before counting
    await server.kill('SIGTERM');
    await once(server, 'exit');
    const twice = [...announcements.perSubmission].filter(([, count]) => count > 1);
    assert.deepEqual(twice, [], 'judged twice: submissions whose verdict was announced more than once');
    assert.equal(announcements.total, SUBMISSIONS);
    const attempts = rows.map((row) => row.attempts).sort((a, b) => a - b);
    process.stdout.write(`# attempts per submission: ${attempts.join(' ')}\n`);
  } finally {
    await bus.close();
  }

  const seconds = Math.round((performance.now() - startedAt) / 1000);
  process.stdout.write(`# outage scenario: ${SUBMISSIONS} submissions in ${seconds} s\n`);
});
