import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { test } from 'node:test';
import { ConfigError, parseConfig } from './config.ts';

test('defaults: port 3000 on 127.0.0.1, ./data, one worker per core, embedded everything', () => {
  const config = parseConfig({ env: {} });
  assert.equal(config.port, 3000);
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.dataDir, './data');
  assert.equal(config.workers, availableParallelism());
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.insecureSandbox, false);
});

test('flags win over the environment; empty variables count as unset', () => {
  const config = parseConfig({
    flags: { port: '8080', dataDir: '/srv/verdict' },
    env: {
      PORT: '9090',
      VERDICT_DATA_DIR: '',
      VERDICT_WORKERS: '0',
      VERDICT_ADMINS: 'root, alice',
      VERDICT_COOKIE_SECURE: '1',
    },
  });
  assert.equal(config.port, 8080);
  assert.equal(config.dataDir, '/srv/verdict');
  assert.equal(config.workers, 0);
  assert.deepEqual(config.admins, ['root', 'alice']);
  assert.equal(config.cookieSecure, true);
});

test('bad values stop start-up with a message naming the flag or variable', () => {
  assert.throws(
    () => parseConfig({ flags: { port: 'eighty' }, env: { DATABASE_URL: 'mysql://x' } }),
    (error: Error) =>
      error instanceof ConfigError &&
      /--port \/ PORT \(got "eighty"\)/.test(error.message) &&
      /DATABASE_URL/.test(error.message),
  );
});

test('a distributed queue needs the worker token and judges in separate workers by default', () => {
  assert.throws(
    () => parseConfig({ env: { NATS_URL: 'nats://127.0.0.1:4222' } }),
    /VERDICT_WORKER_TOKEN: is required with NATS_URL/,
  );
  const config = parseConfig({ env: { NATS_URL: 'nats://127.0.0.1:4222', VERDICT_WORKER_TOKEN: 'x'.repeat(32) } });
  assert.equal(config.workers, 0);
});
