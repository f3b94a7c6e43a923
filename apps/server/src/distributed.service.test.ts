// The distributed deployment, as separate processes: two `verdict start` servers on the real
// PostgreSQL (a fresh database), NATS JetStream for the jobs (a stream of this run's own) and
// Redis for the events, and two `verdict worker` processes, each reporting to a different server.
// A client watches /ws on server A while its submissions are accepted by server B: every verdict
// reaches it. Needs PostgreSQL, NATS and Redis on 127.0.0.1 (scripts/services.mjs starts them).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { deleteNatsQueueStream } from '@verdict/queue';
import pg from 'pg';
import { Client, CODE, EventReader, type Json, SUM_FIXTURE, tempDir } from './test-support.ts';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const CLI = fileURLToPath(new URL('../../cli/bin/verdict.js', import.meta.url));
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 30_000;
const WORKER_TOKEN = randomBytes(24).toString('hex');
const RUN_ID = randomBytes(4).toString('hex');
const DATABASE = `verdict_dist_${RUN_ID}`;
const STREAM = `VERDICT_TEST_${RUN_ID}`;

const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 1, connectionTimeoutMillis: 5_000 });
admin.on('error', () => {});
const children: ChildProcess[] = [];
let removeData: () => Promise<void> = async () => {};
let serverA = '';
let serverB = '';
const workerLines: string[][] = [[], []];

function databaseUrl(): string {
  const url = new URL(DATABASE_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

/** Starts a CLI process and resolves with the first stdout line that `ready` recognises. */
function startProcess(
  args: string[],
  env: Record<string, string>,
  ready: (line: string) => string | undefined,
  lines: string[] = [],
): Promise<string> {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk) => stderr.push(String(chunk)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`verdict ${args[0]} was not ready in ${READY_TIMEOUT_MS} ms: ${stderr.join('')}`)),
      READY_TIMEOUT_MS,
    );
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      lines.push(line);
      const found = ready(line);
      if (found !== undefined) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`verdict ${args[0]} exited with ${code} before it was ready: ${stderr.join('')}`));
    });
  });
}

async function stopAll(): Promise<void> {
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }),
  );
}

before(async () => {
  await admin.query(`create database "${DATABASE}"`);
  const data = await tempDir('verdict-distributed-');
  removeData = data.remove;
  const problems = join(data.path, 'problems');
  await mkdir(problems);
  await cp(SUM_FIXTURE, join(problems, 'sum'), { recursive: true });
  const env = {
    DATABASE_URL: databaseUrl(),
    NATS_URL,
    REDIS_URL,
    VERDICT_NATS_STREAM: STREAM,
    VERDICT_WORKER_TOKEN: WORKER_TOKEN,
    VERDICT_PROBLEMS_DIR: problems,
    VERDICT_LANGUAGES: 'cpp17,python3',
    VERDICT_RUN_WAIT_MS: '20000',
    VERDICT_MAX_ACTIVE_SUBMISSIONS: '20',
    LOG_LEVEL: 'warn',
  };
  const serverReady = (line: string) => /^Verdict is running at (http:\/\/\S+)/.exec(line)?.[1];
  // one after the other: the first migrates and seeds, the second finds it done
  serverA = await startProcess(['start', '--port', '0', '--data', join(data.path, 'a')], env, serverReady);
  serverB = await startProcess(['start', '--port', '0', '--data', join(data.path, 'b')], env, serverReady);
  const workerReady = (line: string) => (line.includes('worker started') ? line : undefined);
  await Promise.all(
    [serverA, serverB].map((server, index) =>
      startProcess(
        ['worker', '--server', server, '--concurrency', '1', '--cache', join(data.path, `cache-${index}`)],
        env,
        workerReady,
        workerLines[index],
      ),
    ),
  );
});

after(async () => {
  await stopAll();
  await deleteNatsQueueStream({ servers: NATS_URL, stream: STREAM }).catch(() => {});
  await admin.query(`drop database if exists "${DATABASE}" with (force)`);
  await admin.end();
  await removeData();
});

test('two servers and two workers on PostgreSQL, NATS and Redis: events of jobs accepted by B reach a client of A', async () => {
  const onA = new Client(serverA);
  assert.equal((await onA.register('travelling')).status, 201);
  const onB = new Client(serverB);
  const token = await onB.post('/api/v1/auth/tokens', { login: 'travelling', password: 'correct horse battery' });
  assert.equal(token.status, 201, JSON.stringify(token.json));
  onB.bearer = token.json.token;
  const events = await EventReader.open(`${serverA.replace(/^http/, 'ws')}/ws`, { cookie: onA.cookie ?? '' });

  const cases = [
    { language: 'cpp17', code: CODE.cppAccepted, verdict: 'AC' },
    { language: 'python3', code: CODE.pythonWrong, verdict: 'WA' },
    { language: 'python3', code: CODE.pythonSlow, verdict: 'TLE' },
    { language: 'cpp17', code: CODE.cppCompileError, verdict: 'CE' },
    { language: 'python3', code: CODE.pythonAccepted, verdict: 'AC' },
    { language: 'cpp17', code: CODE.cppAccepted, verdict: 'AC' },
  ];
  const ids: string[] = [];
  for (const entry of cases) {
    const answer = await onB.post('/api/v1/submissions', {
      problemId: 'sum',
      language: entry.language,
      code: entry.code,
    });
    assert.equal(answer.status, 202, JSON.stringify(answer.json));
    ids.push(answer.json.id);
  }
  const done = await Promise.all(
    ids.map((id) => events.next((event: Json) => event.type === 'submission.done' && event.submissionId === id)),
  );
  assert.deepEqual(
    done.map((event) => event.verdict),
    cases.map((entry) => entry.verdict),
  );
  for (const [index, id] of ids.entries()) {
    for (const client of [onA, onB]) {
      const shown = await client.get(`/api/v1/submissions/${id}`);
      assert.equal(shown.json.state, 'done');
      assert.equal(shown.json.verdict, cases[index]?.verdict);
      assert.equal(shown.json.attempts, 1, 'judged once');
    }
  }
  const progress = await onA.get('/api/v1/me/progress');
  assert.equal(progress.json.problems.find((entry: Json) => entry.problemId === 'sum')?.status, 'completed');

  // a run accepted by A, judged by whichever worker, answers A's client with both outputs
  const run = await onA.post('/api/v1/runs', {
    problemId: 'sum',
    language: 'python3',
    code: CODE.pythonWrong,
    stdin: '2 3\n',
  });
  assert.equal(run.status, 200, JSON.stringify(run.json));
  assert.equal(run.json.outcome.run.stdout, '-1\n');
  assert.equal(run.json.outcome.expected.stdout, '5\n');
  await events.close();
  const judgedBy = workerLines.map((lines) => lines.filter((line) => line.includes('"verdict"')).length);
  process.stdout.write(`# jobs logged by the two workers: ${judgedBy.join(' and ')}\n`);
});
