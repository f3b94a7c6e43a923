// Issue 13, item 20: the terminal of `verdict start` shows a readable summary and warnings; the
// request logs go to <data>/logs/server.log (JSON), and `--log-format json` puts all on stdout.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { createServerLogging, readableLine } from './logging.ts';
import { tempDir } from './test-support.ts';

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk) => {
    text += String(chunk);
  });
  return () => text;
}

async function flushed(logger: { flush: (cb: (error?: Error) => void) => void }): Promise<void> {
  await new Promise<void>((resolve, reject) => logger.flush((error) => (error ? reject(error) : resolve())));
}

test('text format: request logs only in the file, warnings readable on the terminal', async () => {
  const data = await tempDir('verdict-logging-');
  try {
    const terminal = new PassThrough();
    const shown = collect(terminal);
    const { logger, file } = createServerLogging({ dataDir: data.path, level: 'info', format: 'text', terminal });
    assert.equal(file, join(data.path, 'logs', 'server.log'));
    logger.info({ reqId: 'req-1', req: { method: 'GET', url: '/api/v1/problems' } }, 'incoming request');
    logger.info({ reqId: 'req-1', res: { statusCode: 200 }, responseTime: 3 }, 'request completed');
    logger.warn({ dir: 'problems/broken', error: 'no problem.yaml' }, 'a built-in problem was not imported');
    logger.error({ err: new Error('the disk is full') }, 'storing failed');
    await flushed(logger);
    const lines = shown().trimEnd().split('\n');
    assert.equal(lines.length, 2, shown());
    assert.match(
      lines[0]!,
      /^\d\d:\d\d:\d\d WARN a built-in problem was not imported \(dir=problems\/broken, error=no problem\.yaml\)$/,
    );
    assert.match(lines[1]!, /^\d\d:\d\d:\d\d ERROR storing failed \(err=the disk is full\)$/);
    // the file has every line as JSON, the request logs included
    const logged = (await readFile(file!, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      logged.map((record) => record.msg),
      ['incoming request', 'request completed', 'a built-in problem was not imported', 'storing failed'],
    );
  } finally {
    await data.remove();
  }
});

test('json format: every line as JSON on the terminal, no file', async () => {
  const data = await tempDir('verdict-logging-');
  try {
    const terminal = new PassThrough();
    const shown = collect(terminal);
    const { logger, file } = createServerLogging({ dataDir: data.path, level: 'debug', format: 'json', terminal });
    assert.equal(file, null);
    logger.debug({ reqId: 'req-2' }, 'incoming request');
    logger.warn({}, 'careful');
    const records = shown()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      records.map((record) => [record.level, record.msg]),
      [
        [20, 'incoming request'],
        [40, 'careful'],
      ],
    );
  } finally {
    await data.remove();
  }
});

test('a line that is not JSON is shown as it is', () => {
  assert.equal(readableLine('plain words'), 'plain words');
});
