/**
 * API benchmark of one Verdict instance, started by this script on loopback: GET problem list
 * throughput and p99, POST submission throughput and p99 (a burst of submissions at once), the
 * drain rate of that burst until every submission has its verdict, and submit-to-verdict
 * latency at a steady rate. Embedded (PGlite, in-process queue) by default; `--distributed`
 * runs the same on PostgreSQL (a scratch database) and NATS JetStream.
 *
 * Run: `node --import tsx bench/api/run.ts [--distributed] [--burst N] [--seconds S] [--json]`
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packFiles } from '@verdict/problems';
import autocannon from 'autocannon';
import pg from 'pg';
import WebSocket from 'ws';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const distributed = args.includes('--distributed');
const BURST = option('--burst', 2000);
const SECONDS = option('--seconds', 10);
const STEADY_PER_SECOND = option('--rate', 4);
const STEADY_SECONDS = option('--steady-seconds', 15);
const DRAIN_TIMEOUT_MS = option('--drain-timeout-s', 900) * 1000;
const json = args.includes('--json');
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

const log = (line: string) => {
  if (!json) process.stderr.write(`${line}\n`);
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The bench problem: A+B with one sample and one secret test, so judging stays cheap and the API is what is measured. */
function benchPackage(): Uint8Array {
  const text = (s: string) => new TextEncoder().encode(s);
  const files = new Map<string, Uint8Array>([
    [
      'problem.yaml',
      text('name: Bench Sum\ntype: pass-fail\nvalidation: default\nlimits:\n  time_limit: 1\n  memory: 256\n'),
    ],
    ['problem_statement/problem.md', text('Print the sum of two integers.\n')],
    ['data/sample/1.in', text('1 2\n')],
    ['data/sample/1.ans', text('3\n')],
    ['data/secret/1.in', text('40 2\n')],
    ['data/secret/1.ans', text('42\n')],
    ['submissions/accepted/sum.py', text('a, b = map(int, input().split())\nprint(a + b)\n')],
  ]);
  return packFiles(files).bytes;
}

const AC_CODE = 'a, b = map(int, input().split())\nprint(a + b)\n';

interface Instance {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), 'verdict-bench-api-'));
  const child = spawn('node', ['apps/cli/bin/verdict.js', 'start', '--port', String(port), '--data', data], {
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      VERDICT_ADMINS: 'bench',
      VERDICT_SEED: 'false',
      VERDICT_REQUESTS_PER_MINUTE: '100000000',
      VERDICT_SUBMISSIONS_PER_MINUTE: '100000000',
      VERDICT_RUNS_PER_MINUTE: '100000000',
      VERDICT_MAX_ACTIVE_SUBMISSIONS: '100000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`verdict start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('verdict start did not become ready within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    child,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      if (child.exitCode === null) await once(child, 'exit');
      clearTimeout(timer);
      rmSync(data, { recursive: true, force: true });
    },
  };
}

async function api(url: string, path: string, init: RequestInit & { token?: string } = {}): Promise<unknown> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  if (typeof init.body === 'string') headers.set('content-type', 'application/json');
  const response = await fetch(`${url}${path}`, { ...init, headers });
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

async function setUp(url: string): Promise<{ token: string; problemId: string }> {
  const password = 'bench-password-1';
  await api(url, '/api/v1/auth/register', {
    method: 'POST',
    body: JSON.stringify({ username: 'bench', email: 'bench@example.test', password }),
  });
  const { token } = (await api(url, '/api/v1/auth/tokens', {
    method: 'POST',
    body: JSON.stringify({ login: 'bench', password }),
  })) as { token: string };
  const problemId = 'bench-sum';
  await api(url, `/api/v1/problems?slug=${problemId}`, {
    method: 'POST',
    token,
    headers: { 'content-type': 'application/zip' },
    body: benchPackage(),
  });
  await api(url, `/api/v1/problems/${problemId}/publish`, { method: 'POST', token, body: '{}' });
  return { token, problemId };
}

/** Collects submission.done events of the bench user, keyed by submission id, with their arrival time. */
async function watchVerdicts(url: string, token: string) {
  const done = new Map<string, { at: number; verdict: string }>();
  const waiters = new Set<() => void>();
  const socket = new WebSocket(`${url.replace('http', 'ws')}/ws`, { headers: { authorization: `Bearer ${token}` } });
  socket.on('message', (data) => {
    const event = JSON.parse(String(data)) as { type: string; submissionId?: string; verdict?: string };
    if (event.type === 'submission.done' && event.submissionId) {
      done.set(event.submissionId, { at: performance.now(), verdict: event.verdict ?? '?' });
      for (const wake of waiters) wake();
    }
  });
  await once(socket, 'open');
  return {
    done,
    /** Resolves when `predicate` holds, re-checked at every verdict and every second (the fallback polls GET). */
    async until(predicate: () => boolean, timeoutMs: number): Promise<void> {
      const deadline = performance.now() + timeoutMs;
      while (!predicate()) {
        if (performance.now() > deadline) throw new Error('timed out waiting for verdicts');
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, 1_000);
          waiters.add(wake);
        });
      }
    },
    close: () => socket.close(),
  };
}

function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function benchInstance(url: string) {
  const { token, problemId } = await setUp(url);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

  log(`GET /api/v1/problems for ${SECONDS} s ...`);
  const list = await autocannon({ url: `${url}/api/v1/problems`, connections: 32, duration: SECONDS, headers });
  if (list.non2xx > 0) throw new Error(`problem list: ${list.non2xx} non-2xx answers`);

  const verdicts = await watchVerdicts(url, token);
  const ids: string[] = [];
  const body = JSON.stringify({ problemId, language: 'python3', code: AC_CODE });
  log(`POST /api/v1/submissions: a burst of ${BURST} ...`);
  const burstStart = performance.now();
  const burst = await autocannon({
    url: `${url}/api/v1/submissions`,
    method: 'POST',
    connections: 50,
    amount: BURST,
    headers,
    body,
    setupClient: (client) => {
      client.on('body', (raw: Buffer) => {
        const parsed = JSON.parse(raw.toString()) as { id?: string };
        if (parsed.id) ids.push(parsed.id);
      });
    },
  });
  const acceptedMs = performance.now() - burstStart;
  if (burst.non2xx > 0 || ids.length !== BURST) {
    throw new Error(`burst: ${burst.non2xx} non-2xx answers, ${ids.length} ids of ${BURST}`);
  }
  log(`burst accepted in ${(acceptedMs / 1000).toFixed(1)} s; draining ...`);
  await verdicts.until(() => ids.every((id) => verdicts.done.has(id)), DRAIN_TIMEOUT_MS);
  const drainedMs = Math.max(...ids.map((id) => (verdicts.done.get(id) as { at: number }).at)) - burstStart;
  const burstVerdicts = ids.map((id) => verdicts.done.get(id)?.verdict);
  const notAc = burstVerdicts.filter((verdict) => verdict !== 'AC').length;
  // every submission must be stored with exactly its verdict, not only announced
  const sample = ids.filter((_, i) => i % Math.max(1, Math.floor(BURST / 50)) === 0);
  for (const id of sample) {
    const stored = (await api(url, `/api/v1/submissions/${id}`, { token })) as { state: string; verdict: string };
    if (stored.state !== 'done') throw new Error(`submission ${id} announced done but stored as ${stored.state}`);
  }

  log(`steady rate: ${STEADY_PER_SECOND}/s for ${STEADY_SECONDS} s ...`);
  const latencies: number[] = [];
  const steadyIds: { id: string; sentAt: number }[] = [];
  const intervalMs = 1000 / STEADY_PER_SECOND;
  const steadyStart = performance.now();
  for (let i = 0; i < STEADY_PER_SECOND * STEADY_SECONDS; i++) {
    const due = steadyStart + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sentAt = performance.now();
    const { id } = (await api(url, '/api/v1/submissions', { method: 'POST', token, body })) as { id: string };
    steadyIds.push({ id, sentAt });
  }
  await verdicts.until(() => steadyIds.every(({ id }) => verdicts.done.has(id)), 120_000);
  for (const { id, sentAt } of steadyIds) latencies.push((verdicts.done.get(id) as { at: number }).at - sentAt);
  verdicts.close();

  return {
    problemList: { requestsPerSecond: list.requests.average, p99Ms: list.latency.p99, p50Ms: list.latency.p50 },
    submitBurst: {
      submissions: BURST,
      acceptedPerSecond: BURST / (acceptedMs / 1000),
      postP99Ms: burst.latency.p99,
      postP50Ms: burst.latency.p50,
      drainSeconds: drainedMs / 1000,
      drainPerSecond: BURST / (drainedMs / 1000),
      notAccepted: notAc,
    },
    steady: {
      perSecond: STEADY_PER_SECOND,
      submissions: steadyIds.length,
      verdictP50Ms: percentile(latencies, 0.5),
      verdictP99Ms: percentile(latencies, 0.99),
    },
  };
}

async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `verdict_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: PG_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

const database = distributed ? await scratchDatabase() : null;
const env: Record<string, string> = distributed
  ? {
      DATABASE_URL: (database as { url: string }).url,
      NATS_URL,
      VERDICT_WORKER_TOKEN: `bench-${process.pid}-token-0123456789abcdef`,
      VERDICT_WORKERS: '2',
    }
  : {};
const instance = await startInstance(env);
let results: Awaited<ReturnType<typeof benchInstance>>;
try {
  results = await benchInstance(instance.url);
} finally {
  await instance.stop();
  await database?.drop();
}
const report = { mode: distributed ? 'postgresql+nats' : 'embedded', ...results };
if (json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const r = report;
  process.stdout.write(
    `${[
      `mode: ${r.mode}`,
      `GET /api/v1/problems: ${r.problemList.requestsPerSecond.toFixed(0)} req/s, p50 ${r.problemList.p50Ms} ms, p99 ${r.problemList.p99Ms} ms (32 connections, ${SECONDS} s)`,
      `POST /api/v1/submissions burst of ${r.submitBurst.submissions}: accepted at ${r.submitBurst.acceptedPerSecond.toFixed(0)}/s, p50 ${r.submitBurst.postP50Ms} ms, p99 ${r.submitBurst.postP99Ms} ms`,
      `  all reached a verdict in ${r.submitBurst.drainSeconds.toFixed(1)} s: drain ${r.submitBurst.drainPerSecond.toFixed(1)} verdicts/s; not AC: ${r.submitBurst.notAccepted}`,
      `steady ${r.steady.perSecond}/s (${r.steady.submissions} submissions): submit-to-verdict p50 ${r.steady.verdictP50Ms.toFixed(0)} ms, p99 ${r.steady.verdictP99Ms.toFixed(0)} ms`,
    ].join('\n')}\n`,
  );
}
