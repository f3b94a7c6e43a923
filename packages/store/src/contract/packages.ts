import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { type MakeStore, withStore } from './harness.ts';

function blob(text: string): { hash: string; bytes: Uint8Array } {
  const bytes = new TextEncoder().encode(text);
  return { hash: createHash('sha256').update(bytes).digest('hex'), bytes };
}

export function packagesContract(makeStore: MakeStore): void {
  describe('package blobs', () => {
    test(
      'putPackage keeps the bytes under their hash; getPackage gives them back as a Uint8Array',
      withStore(makeStore, async ({ store }) => {
        const first = blob('PK first package');
        const second = blob('PK second package');
        await store.putPackage(first.hash, first.bytes);
        await store.putPackage(second.hash, second.bytes);
        const read = await store.getPackage(first.hash);
        assert.ok(read instanceof Uint8Array && !Buffer.isBuffer(read), 'a plain Uint8Array, whatever the driver');
        assert.deepEqual(read, first.bytes);
        assert.deepEqual(await store.getPackage(second.hash), second.bytes);
        assert.equal(await store.getPackage('0'.repeat(64)), undefined);
      }),
    );

    test(
      'every byte value survives, and an empty package is a package',
      withStore(makeStore, async ({ store }) => {
        const bytes = new Uint8Array(70_000).map((_, index) => (index * 7919) % 256);
        const hash = createHash('sha256').update(bytes).digest('hex');
        await store.putPackage(hash, bytes);
        assert.deepEqual(await store.getPackage(hash), bytes);
        const empty = blob('');
        await store.putPackage(empty.hash, empty.bytes);
        assert.deepEqual(await store.getPackage(empty.hash), new Uint8Array());
      }),
    );

    test(
      'storing the same hash twice, even at once, is harmless',
      withStore(makeStore, async ({ store }) => {
        const pkg = blob('PK same package');
        await store.putPackage(pkg.hash, pkg.bytes);
        await Promise.all([store.putPackage(pkg.hash, pkg.bytes), store.putPackage(pkg.hash, pkg.bytes)]);
        assert.deepEqual(await store.getPackage(pkg.hash), pkg.bytes);
      }),
    );

    test(
      'bytes that do not hash to the given hash are refused and not stored',
      withStore(makeStore, async ({ store }) => {
        const pkg = blob('PK honest package');
        const other = blob('PK other package');
        await assert.rejects(store.putPackage(pkg.hash, other.bytes), /do not match their hash/);
        assert.equal(await store.getPackage(pkg.hash), undefined);
      }),
    );
  });
}
