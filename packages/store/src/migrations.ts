import { fileURLToPath } from 'node:url';

/** The SQL migrations drizzle-kit writes from schema.ts, shared by both adapters. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations', import.meta.url));
