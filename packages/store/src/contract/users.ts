import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { StoreConflictError } from '../types.ts';
import { HOUR_MS, type MakeStore, makeUser, withStore } from './harness.ts';

function conflictOn(field: string) {
  return (error: unknown) => {
    assert.ok(error instanceof StoreConflictError, `expected a StoreConflictError, got ${String(error)}`);
    assert.equal(error.field, field);
    return true;
  };
}

export function usersContract(makeStore: MakeStore): void {
  describe('migrations', () => {
    test(
      'migrate() twice is harmless and keeps the data',
      withStore(makeStore, async ({ store }) => {
        const user = await makeUser(store, 'ada');
        await store.migrate();
        assert.deepEqual(await store.getUserById(user.id), user);
      }),
    );
  });

  describe('users', () => {
    test(
      'createUser gives an id, the default role and the creation time',
      withStore(makeStore, async ({ store, clock }) => {
        const user = await makeUser(store, 'Ada');
        assert.match(user.id, /^usr_[A-Za-z0-9_-]{20}$/);
        assert.equal(user.role, 'user');
        assert.equal(user.username, 'Ada');
        assert.deepEqual(user.createdAt, clock.now());
        assert.deepEqual(await store.getUserById(user.id), user);
        const admin = await makeUser(store, 'root', 'admin');
        assert.equal(admin.role, 'admin');
        assert.notEqual(admin.id, user.id);
      }),
    );

    test(
      'usernames and emails are unique whatever their case',
      withStore(makeStore, async ({ store }) => {
        await makeUser(store, 'Ada');
        await assert.rejects(
          store.createUser({ username: 'ADA', email: 'other@example.com', passwordHash: 'h' }),
          conflictOn('username'),
        );
        await assert.rejects(
          store.createUser({ username: 'grace', email: 'ADA@Example.COM', passwordHash: 'h' }),
          conflictOn('email'),
        );
        // the failed attempts left nothing behind
        assert.equal(await store.getUserByLogin('grace'), undefined);
        await makeUser(store, 'grace');
      }),
    );

    test(
      'getUserByLogin finds by username or email, any case',
      withStore(makeStore, async ({ store }) => {
        const user = await makeUser(store, 'Ada');
        assert.deepEqual(await store.getUserByLogin('ada'), user);
        assert.deepEqual(await store.getUserByLogin('ADA'), user);
        assert.deepEqual(await store.getUserByLogin('ada@EXAMPLE.com'), user);
        assert.equal(await store.getUserByLogin('nobody'), undefined);
        assert.equal(await store.getUserByLogin('%'), undefined);
        assert.equal(await store.getUserById('usr_missing'), undefined);
      }),
    );

    test(
      'setUserRole changes the role',
      withStore(makeStore, async ({ store }) => {
        const user = await makeUser(store, 'ada');
        await store.setUserRole(user.id, 'author');
        assert.equal((await store.getUserById(user.id))?.role, 'author');
        await store.setUserRole('usr_missing', 'admin');
      }),
    );
  });

  describe('sessions and API tokens', () => {
    test(
      'a session reads back until it expires, and not after deletion',
      withStore(makeStore, async ({ store, clock }) => {
        const user = await makeUser(store, 'ada');
        const expiresAt = new Date(clock.now().getTime() + HOUR_MS);
        const session = await store.createSession({
          tokenHash: 'th-1',
          userId: user.id,
          csrfToken: 'csrf-1',
          expiresAt,
        });
        assert.deepEqual(session, {
          tokenHash: 'th-1',
          userId: user.id,
          csrfToken: 'csrf-1',
          expiresAt,
          createdAt: clock.now(),
        });
        assert.deepEqual(await store.getSession('th-1'), session);
        assert.equal(await store.getSession('th-unknown'), undefined);

        clock.advance(HOUR_MS - 1);
        assert.deepEqual(await store.getSession('th-1'), session);
        clock.advance(1);
        assert.equal(await store.getSession('th-1'), undefined, 'a session is expired at its expiresAt');

        await store.createSession({
          tokenHash: 'th-2',
          userId: user.id,
          csrfToken: 'c',
          expiresAt: new Date(clock.now().getTime() + HOUR_MS),
        });
        await store.deleteSession('th-2');
        assert.equal(await store.getSession('th-2'), undefined);
        await store.deleteSession('th-2');
      }),
    );

    test(
      'an API token records its last use',
      withStore(makeStore, async ({ store, clock }) => {
        const user = await makeUser(store, 'ada');
        const token = await store.createApiToken({ tokenHash: 'at-1', userId: user.id, name: 'ci' });
        assert.deepEqual(token, {
          tokenHash: 'at-1',
          userId: user.id,
          name: 'ci',
          createdAt: clock.now(),
          lastUsedAt: null,
        });
        clock.advance(HOUR_MS);
        assert.deepEqual(await store.getApiToken('at-1'), { ...token, lastUsedAt: clock.now() });
        clock.advance(HOUR_MS);
        assert.deepEqual((await store.getApiToken('at-1'))?.lastUsedAt, clock.now());
        assert.equal(await store.getApiToken('at-unknown'), undefined);
      }),
    );
  });
}
