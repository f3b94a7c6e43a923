import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { createDrizzleStore } from './drizzle-store.ts';
import { MIGRATIONS_DIR } from './migrations.ts';
import type { Store, StoreClockOptions } from './types.ts';

export interface PostgresStoreOptions extends StoreClockOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** the most connections the pool opens (default 10) */
  maxConnections?: number;
  /** how long to wait for a connection before failing (default 10 000 ms) */
  connectTimeoutMs?: number;
}

const DEFAULT_MAX_CONNECTIONS = 10;
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
// any constant shared by every Verdict process: only one of them runs the migrations at a time
const MIGRATION_LOCK_KEY = 7_361_001;

/** The URL without its password, for error messages. */
function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparsable URL)';
  }
}

/**
 * The production store: PostgreSQL through a pg connection pool. Connects once before returning,
 * so a wrong URL or a database that is down fails at start-up with the reason.
 *
 * @example
 * const store = await createPostgresStore({ url: 'postgres://verdict@db:5432/verdict' });
 * await store.migrate();
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
  });
  // an idle connection that breaks (server restart) must not crash the process: the pool drops
  // it, and the next query opens a new one or reports the failure to its caller
  pool.on('error', () => {});
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `cannot connect to PostgreSQL at ${displayUrl(options.url)}: ${reason}; check that it runs and the URL`,
      { cause: error },
    );
  }
  const db = drizzle({ client: pool });
  return createDrizzleStore({
    db,
    now: options.now ?? (() => new Date()),
    async migrate() {
      // the lock is per connection, so the migrations run on the connection that holds it
      const connection = await pool.connect();
      try {
        await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        try {
          await migrate(drizzle({ client: connection }), { migrationsFolder: MIGRATIONS_DIR });
        } finally {
          await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        }
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  });
}
