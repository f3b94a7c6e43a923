// Needs the real Redis (REDIS_URL, default redis://127.0.0.1:6379) and fails when it does not
// answer: CI never skips it (scripts/services.mjs starts it). The run uses a prefix of its own,
// so it never hears (or disturbs) anything else on that Redis.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { uniqueName } from './contract/waiting.ts';
import { eventBusContract } from './events-contract.ts';
import { createRedisBus } from './redis-bus.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `${uniqueName('verdict-test')}:`;

test(`Redis answers at ${REDIS_URL}`, async () => {
  const bus = await createRedisBus({ url: REDIS_URL, prefix: PREFIX });
  await bus.close();
});

eventBusContract('redis', () => createRedisBus({ url: REDIS_URL, prefix: PREFIX }));

describe('redis adapter', () => {
  test('the prefix keeps installations apart, and messages are plain JSON on <prefix><channel>', async () => {
    const other = await createRedisBus({ url: REDIS_URL, prefix: `${PREFIX}other:` });
    const bus = await createRedisBus({ url: REDIS_URL, prefix: PREFIX });
    const raw = new Redis(REDIS_URL);
    try {
      const heardByOther: unknown[] = [];
      await other.subscribe('c', (message) => heardByOther.push(message));
      await raw.subscribe(`${PREFIX}c`);
      const rawMessage = new Promise<[string, string]>((resolve) =>
        raw.once('message', (channel: string, text: string) => resolve([channel, text])),
      );
      await bus.publish('c', { n: 1 });
      assert.deepEqual(await rawMessage, [`${PREFIX}c`, '{"n":1}']);
      // published after, on the same connection: had the other bus heard the first, it would hear this too
      const heard = new Promise<unknown>((resolve) => void other.subscribe('c', resolve));
      await other.publish('c', 'own');
      assert.equal(await heard, 'own');
      assert.deepEqual(heardByOther, ['own']);
    } finally {
      raw.disconnect();
      await Promise.all([bus.close(), other.close()]);
    }
  });

  test('an unreachable server fails at creation, saying where and without the password', async () => {
    await assert.rejects(
      createRedisBus({ url: 'redis://:s3cret@127.0.0.1:1', connectTimeoutMs: 2_000 }),
      (error: Error) => {
        assert.match(error.message, /^cannot connect to Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1: /);
        assert.doesNotMatch(error.message, /s3cret/);
        return true;
      },
    );
  });
});
