// The whole platform against a real listening server: real PGlite, the real sandbox, the memory
// queue and bus, and embedded workers judging C++ and Python. Events are awaited on /ws.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createPgliteStore } from '@verdict/store';
import { pino } from 'pino';
import { parseConfig } from './config.ts';
import { type Platform, startPlatform } from './platform.ts';
import { Client, CODE, EventReader, importSum, type Json, tempDir } from './test-support.ts';

let platform: Platform;
let base: string;
let removeData: () => Promise<void>;

before(async () => {
  const data = await tempDir('verdict-e2e-');
  removeData = data.remove;
  const store = await createPgliteStore();
  await store.migrate();
  await importSum(store);
  const config = parseConfig({
    flags: { port: 0, dataDir: data.path, workers: 2 },
    env: { VERDICT_SEED: '0', VERDICT_LANGUAGES: 'cpp17,python3', VERDICT_RUN_WAIT_MS: '20000' },
  });
  platform = await startPlatform(config, { store, logger: pino({ level: 'warn' }) });
  base = platform.info.url;
});

after(async () => {
  await platform.close();
  await removeData();
});

async function connect(client: Client): Promise<EventReader> {
  const headers: Record<string, string> = client.bearer
    ? { authorization: `Bearer ${client.bearer}` }
    : { cookie: client.cookie ?? '' };
  return EventReader.open(`${base.replace(/^http/, 'ws')}/ws`, headers);
}

describe('submitting and watching the verdicts', () => {
  test('AC, WA, TLE and CE in C++ and Python arrive on /ws, show in GET and complete the progress', async () => {
    const client = new Client(base);
    assert.equal((await client.register('solver')).status, 201);
    const list = await client.get('/api/v1/problems');
    assert.ok(list.json.items.some((item: Json) => item.id === 'sum' && item.status === 'not_started'));
    const events = await connect(client);

    const cases = [
      { language: 'cpp17', code: CODE.cppAccepted, verdict: 'AC' },
      { language: 'cpp17', code: CODE.cppCompileError, verdict: 'CE' },
      { language: 'python3', code: CODE.pythonWrong, verdict: 'WA' },
      { language: 'python3', code: CODE.pythonSlow, verdict: 'TLE' },
    ];
    const ids: string[] = [];
    for (const entry of cases) {
      const answer = await client.post('/api/v1/submissions', {
        problemId: 'sum',
        language: entry.language,
        code: entry.code,
      });
      assert.equal(answer.status, 202, JSON.stringify(answer.json));
      assert.equal(answer.json.state, 'queued');
      ids.push(answer.json.id);
    }
    const done = await Promise.all(
      ids.map((id) => events.next((event) => event.type === 'submission.done' && event.submissionId === id)),
    );
    assert.deepEqual(
      done.map((event) => event.verdict),
      cases.map((entry) => entry.verdict),
    );
    const accepted = done[0];
    assert.equal(accepted.testsDone, accepted.testsTotal);
    // progress went out while judging: the running state with a test count
    assert.ok(
      events.events.some(
        (event) => event.type === 'submission.update' && event.submissionId === ids[0] && event.state === 'running',
      ),
    );
    for (const [index, id] of ids.entries()) {
      const shown = await client.get(`/api/v1/submissions/${id}`);
      assert.equal(shown.json.state, 'done');
      assert.equal(shown.json.verdict, cases[index]?.verdict);
      assert.equal(shown.json.attempts, 1);
    }
    const compileError = await client.get(`/api/v1/submissions/${ids[1]}`);
    assert.ok(compileError.json.compileOutput.length > 0);
    const progress = await client.get('/api/v1/me/progress');
    assert.equal(progress.json.problems.find((entry: Json) => entry.problemId === 'sum')?.status, 'completed');
    assert.equal(progress.json.streakDays, 1);
    assert.equal(progress.json.recentSubmissions.length, 4);
    const history = await client.get('/api/v1/problems/sum/submissions');
    assert.equal(history.json.items.length, 4);
    await events.close();
  });

  test('a retried POST with the same Idempotency-Key is judged once', async () => {
    const client = new Client(base);
    await client.register('retrier');
    const events = await connect(client);
    const body = { problemId: 'sum', language: 'python3', code: CODE.pythonAccepted };
    const first = await client.post('/api/v1/submissions', body, { 'idempotency-key': 'once' });
    const second = await client.post('/api/v1/submissions', body, { 'idempotency-key': 'once' });
    assert.equal(second.json.id, first.json.id);
    const done = await events.next((event) => event.type === 'submission.done' && event.submissionId === first.json.id);
    assert.equal(done.verdict, 'AC');
    const shown = await client.get(`/api/v1/submissions/${first.json.id}`);
    assert.equal(shown.json.attempts, 1);
    assert.equal((await client.get('/api/v1/submissions')).json.items.length, 1);
    assert.equal(events.events.filter((event) => event.type === 'submission.done').length, 1);
    await events.close();
  });

  test('a run answers with the program’s output and the expected one; with waitMs=0 it comes on /ws', async () => {
    const client = new Client(base);
    await client.register('runner');
    const tokens = await new Client(base).post('/api/v1/auth/tokens', {
      login: 'runner',
      password: 'correct horse battery',
    });
    const script = new Client(base);
    script.bearer = tokens.json.token;

    const body = { problemId: 'sum', language: 'python3', code: CODE.pythonWrong, stdin: '2 3\n' };
    const waited = await script.post('/api/v1/runs', body);
    assert.equal(waited.status, 200, JSON.stringify(waited.json));
    assert.equal(waited.json.status, 'done');
    assert.equal(waited.json.outcome.status, 'ok');
    assert.equal(waited.json.outcome.run.stdout, '-1\n');
    assert.equal(waited.json.outcome.expected.stdout, '5\n');

    const events = await connect(script);
    const queued = await script.post('/api/v1/runs?waitMs=0', {
      language: 'cpp17',
      code: CODE.cppAccepted,
      stdin: '40 2',
    });
    assert.equal(queued.status, 202);
    assert.equal(queued.json.status, 'pending');
    const done = await events.next((event) => event.type === 'run.done' && event.runId === queued.json.id);
    assert.equal(done.outcome.run.stdout, '42\n');
    assert.equal(done.outcome.expected, null);
    const fetched = await script.get(`/api/v1/runs/${queued.json.id}`);
    assert.equal(fetched.json.status, 'done');
    assert.equal(fetched.json.outcome.run.stdout, '42\n');
    assert.equal((await client.get(`/api/v1/runs/${queued.json.id}`)).status, 200, 'the same user by cookie');
    const stranger = new Client(base);
    await stranger.register('stranger');
    assert.equal((await stranger.get(`/api/v1/runs/${queued.json.id}`)).status, 404);
    await events.close();
  });

  test('an unauthenticated socket is closed with 4001', async () => {
    const { WebSocket } = await import('ws');
    const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/ws`);
    const [code] = await new Promise<[number]>((resolve) => socket.on('close', (closeCode) => resolve([closeCode])));
    assert.equal(code, 4001);
  });
});
