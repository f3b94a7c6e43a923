// Issue 13, item 20: `verdict start` used to flood its terminal with JSON request logs. Now the
// terminal has the readable summary (and warnings); the request logs are in <data>/logs/server.log.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../bin/verdict.js', import.meta.url));
const REQUESTS = 30;

test('start shows a readable summary, not request logs; those go to <data>/logs/server.log', async () => {
  const data = await mkdtemp(join(tmpdir(), 'verdict-start-'));
  try {
    const child = spawn(process.execPath, [CLI, 'start', '--port', '0', '--workers', '0', '--data', data], {
      env: { ...process.env, VERDICT_SEED: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: string[] = [];
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => stdout.push(line));
    const url = await new Promise<string>((resolve, reject) => {
      lines.on('line', (line) => {
        const found = /^Verdict is running at (http:\/\/\S+)/.exec(line)?.[1];
        if (found) resolve(found);
      });
      child.once('exit', (code) => reject(new Error(`start exited with ${code}: ${stdout.join('\n')}`)));
    });
    for (let index = 0; index < REQUESTS; index++) {
      const answer = await fetch(`${url}/api/v1/problems?q=${index}`);
      await answer.arrayBuffer();
    }
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;

    const json = stdout.filter((line) => line.trimStart().startsWith('{'));
    assert.deepEqual(json, [], 'no JSON lines on the terminal');
    assert.ok(stdout.length < 30, `a short summary, got ${stdout.length} lines:\n${stdout.join('\n')}`);
    const logFile = join(data, 'logs', 'server.log');
    assert.ok(
      stdout.some((line) => line.includes(logFile)),
      'the summary says where the log is',
    );
    const logged = (await readFile(logFile, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    const completed = logged.filter((record) => record.msg === 'request completed');
    assert.ok(completed.length >= REQUESTS, `request logs in the file: ${completed.length}`);
  } finally {
    await rm(data, { recursive: true, force: true });
  }
});
