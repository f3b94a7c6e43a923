import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { createDrizzleStore } from './drizzle-store.ts';
import { MIGRATIONS_DIR } from './migrations.ts';
import type { Store, StoreClockOptions } from './types.ts';

export interface PgliteStoreOptions extends StoreClockOptions {
  /** The folder PGlite keeps its database in (created when missing); in memory when absent. */
  dataDir?: string;
}

let inMemoryStarts = 0;
let pristineDataDir: Promise<Blob> | undefined;

/**
 * initdb takes seconds in WASM; loading a dump of a fresh cluster takes a fraction of that. A
 * process that starts several in-memory stores (test suites) pays initdb once more for the dump
 * and then starts each one from it; a process with one store pays nothing extra.
 */
async function startInMemory(): Promise<PGlite> {
  inMemoryStarts++;
  if (inMemoryStarts === 1) return PGlite.create();
  pristineDataDir ??= (async () => {
    const template = await PGlite.create();
    try {
      return await template.dumpDataDir('none');
    } finally {
      await template.close();
    }
  })();
  return PGlite.create({ loadDataDir: await pristineDataDir });
}

async function startInFolder(dataDir: string): Promise<PGlite> {
  const folder = resolve(dataDir);
  await mkdir(folder, { recursive: true });
  return PGlite.create(folder);
}

/**
 * The embedded store: real PostgreSQL compiled to WASM, in this process. Call `migrate()` before
 * use. One process at a time may open a dataDir.
 *
 * @example
 * const store = await createPgliteStore({ dataDir: '.verdict/db' });
 * await store.migrate();
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<Store> {
  const client = options.dataDir === undefined ? await startInMemory() : await startInFolder(options.dataDir);
  const db = drizzle({ client });
  return createDrizzleStore({
    db,
    now: options.now ?? (() => new Date()),
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_DIR }),
    close: () => client.close(),
  });
}
