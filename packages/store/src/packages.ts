import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { StoreContext } from './context.ts';
import { packages } from './schema.ts';
import type { Store } from './types.ts';

type PackageMethods = Pick<Store, 'putPackage' | 'getPackage'>;

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function packageMethods({ db, now }: StoreContext): PackageMethods {
  return {
    async putPackage(hash, bytes) {
      // workers trust a package fetched by its hash, so a blob is only ever stored under its own
      const actual = sha256Hex(bytes);
      if (actual !== hash) {
        throw new Error(`package bytes do not match their hash: given ${hash}, the sha256 of the bytes is ${actual}`);
      }
      await db
        .insert(packages)
        .values({ hash, bytes, sizeBytes: bytes.byteLength, createdAt: now() })
        .onConflictDoNothing();
    },

    async getPackage(hash) {
      const [row] = await db.select({ bytes: packages.bytes }).from(packages).where(eq(packages.hash, hash));
      return row?.bytes;
    },
  };
}
