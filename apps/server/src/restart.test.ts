// Queued submissions survive a restart of the embedded platform: the first start has no
// workers, the second finds the unfinished submissions in the store and judges each one once.
import assert from 'node:assert/strict';
import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { userChannel } from '@verdict/protocol';
import { createMemoryBus } from '@verdict/queue';
import { pino } from 'pino';
import { parseConfig } from './config.ts';
import { startPlatform } from './platform.ts';
import { Client, CODE, SUM_FIXTURE, tempDir } from './test-support.ts';

test('every submission queued before a restart reaches exactly one verdict after it', async () => {
  const data = await tempDir('verdict-restart-');
  try {
    // the built-in catalog of this test: the sum fixture, seeded at each start
    const problemsDir = join(data.path, 'problems');
    await mkdir(problemsDir);
    await cp(SUM_FIXTURE, join(problemsDir, 'sum'), { recursive: true });
    const configWith = (workers: number) =>
      parseConfig({
        flags: { port: 0, dataDir: join(data.path, 'data'), workers },
        env: { VERDICT_LANGUAGES: 'cpp17,python3', VERDICT_MAX_ACTIVE_SUBMISSIONS: '10' },
      });
    const logger = pino({ level: 'warn' });

    const first = await startPlatform(configWith(0), { problemsDir, logger });
    assert.equal(first.info.workers, 0);
    const client = new Client(first.info.url);
    const registered = await client.register('patient');
    const userId = registered.json.user.id as string;
    const cases = [
      { language: 'cpp17', code: CODE.cppAccepted, verdict: 'AC' },
      { language: 'python3', code: CODE.pythonWrong, verdict: 'WA' },
      { language: 'python3', code: CODE.pythonAccepted, verdict: 'AC' },
      { language: 'cpp17', code: CODE.cppCompileError, verdict: 'CE' },
    ];
    const ids: string[] = [];
    for (const entry of cases) {
      const answer = await client.post('/api/v1/submissions', {
        problemId: 'sum',
        language: entry.language,
        code: entry.code,
      });
      assert.equal(answer.status, 202, JSON.stringify(answer.json));
      ids.push(answer.json.id);
    }
    await first.close();

    // the bus is the test's, so every verdict announcement is counted from the first one on
    const bus = createMemoryBus();
    const announced = new Map<string, number>();
    let resolveAll: () => void = () => {};
    const allDone = new Promise<void>((resolve) => {
      resolveAll = resolve;
    });
    await bus.subscribe(userChannel(userId), (message) => {
      const event = message as { type: string; submissionId: string };
      if (event.type !== 'submission.done') return;
      announced.set(event.submissionId, (announced.get(event.submissionId) ?? 0) + 1);
      if (ids.every((id) => announced.has(id))) resolveAll();
    });
    const second = await startPlatform(configWith(2), { problemsDir, logger, bus });
    assert.equal(second.info.requeued, ids.length);
    await allDone;

    const again = new Client(second.info.url);
    await again.post('/api/v1/auth/login', { login: 'patient', password: 'correct horse battery' });
    for (const [index, id] of ids.entries()) {
      const shown = await again.get(`/api/v1/submissions/${id}`);
      assert.equal(shown.json.state, 'done');
      assert.equal(shown.json.verdict, cases[index]?.verdict);
      assert.equal(shown.json.attempts, 1, 'taken by a worker once');
    }
    // closing waits for the workers: any second judging would have announced itself by then
    await second.close();
    for (const id of ids) assert.equal(announced.get(id), 1, `one verdict for ${id}`);
  } finally {
    await data.remove();
  }
});
