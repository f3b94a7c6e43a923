// Needs the real PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test) and
// fails when it does not answer: CI never skips it (scripts/services.mjs starts it).
// Every store gets its own freshly created database, dropped when the store closes, so runs
// (and tests) never see each other's rows.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { createPostgresStore } from './postgres.ts';
import { storeContract } from './store-contract.ts';
import type { Store } from './types.ts';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CONNECT_TIMEOUT_MS = 5_000;

const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 2, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
admin.on('error', () => {});
const created = new Set<string>();

function urlOf(database: string): string {
  const url = new URL(DATABASE_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function dropDatabase(name: string): Promise<void> {
  await admin.query(`drop database if exists "${name}" with (force)`);
  created.delete(name);
}

async function freshDatabase(): Promise<string> {
  const name = `verdict_test_${randomBytes(6).toString('hex')}`;
  await admin.query(`create database "${name}"`);
  created.add(name);
  return name;
}

after(async () => {
  for (const name of [...created]) await dropDatabase(name);
  await admin.end();
});

test(`PostgreSQL answers at ${DATABASE_URL}`, async () => {
  const { rows } = await admin.query<{ version: string }>('select version()');
  assert.match(rows[0]?.version ?? '', /PostgreSQL/);
});

storeContract('postgres', async ({ now }) => {
  const name = await freshDatabase();
  const store = await createPostgresStore({ url: urlOf(name), now });
  const closeAndDrop: Store['close'] = async () => {
    await store.close();
    await dropDatabase(name);
  };
  return { ...store, close: closeAndDrop };
});

describe('postgres adapter', () => {
  test('an unreachable server fails at creation, saying where and without the password', async () => {
    await assert.rejects(
      createPostgresStore({ url: 'postgres://verdict:s3cret@127.0.0.1:1/verdict', connectTimeoutMs: 2000 }),
      (error: Error) => {
        assert.match(
          error.message,
          /^cannot connect to PostgreSQL at postgres:\/\/verdict:\*\*\*@127\.0\.0\.1:1\/verdict: /,
        );
        assert.doesNotMatch(error.message, /s3cret/);
        return true;
      },
    );
  });

  test('processes migrating one database at once take turns', async () => {
    const name = await freshDatabase();
    const stores = await Promise.all([1, 2, 3].map(() => createPostgresStore({ url: urlOf(name) })));
    try {
      await Promise.all(stores.map((store) => store.migrate()));
      const [first, second] = stores;
      const user = await first!.createUser({ username: 'ada', email: 'ada@example.com', passwordHash: 'h' });
      assert.deepEqual(await second!.getUserById(user.id), user);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await dropDatabase(name);
    }
  });
});
