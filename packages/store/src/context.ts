import { randomBytes } from 'node:crypto';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { StoreNotFoundError } from './types.ts';

/** Either driver's database (or a transaction on it): the store's logic is written once. */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface StoreContext {
  db: Db;
  now: () => Date;
}

export const DEFAULT_LIST_LIMIT = 50;
export const MAX_LIST_LIMIT = 500;

/** Clamps a caller's page size to 1..MAX_LIST_LIMIT. */
export function listLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIST_LIMIT;
  return Math.min(MAX_LIST_LIMIT, Math.max(1, Math.floor(limit)));
}

const ID_RANDOM_BYTES = 15; // 20 base64url characters, 120 bits

/** `usr_Xb3...`: a prefix naming the kind of record, then 20 URL-safe random characters. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(ID_RANDOM_BYTES).toString('base64url')}`;
}

// PostgreSQL error codes (https://www.postgresql.org/docs/current/errcodes-appendix.html)
export const UNIQUE_VIOLATION = '23505';
export const FOREIGN_KEY_VIOLATION = '23503';

/**
 * The constraint a database error of the given code names ('' when it names none), or undefined
 * when the error is of another kind. Drizzle wraps the driver's error (pg's and PGlite's both
 * carry `code` and `constraint`), so the causes are walked.
 */
export function violatedConstraint(error: unknown, code: string): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const candidate = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (candidate.code === code) return typeof candidate.constraint === 'string' ? candidate.constraint : '';
    current = candidate.cause;
  }
  return undefined;
}

/** `%`, `_` and `\` match themselves in an ILIKE pattern built from user text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/** UTC day of an instant, YYYY-MM-DD. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

export function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/**
 * A write that referenced a missing user or problem fails as StoreNotFoundError naming it;
 * `names` maps a referencing column to what it names (`{ user_id: 'user usr_x' }`). Other errors
 * pass through.
 */
export function missingReferenceError(error: unknown, names: Record<string, string>): unknown {
  const constraint = violatedConstraint(error, FOREIGN_KEY_VIOLATION);
  if (constraint === undefined) return error;
  const named = Object.entries(names).find(([column]) => constraint.includes(`_${column}_`));
  return new StoreNotFoundError(`${named ? named[1] : 'a referenced record'} does not exist`, { cause: error });
}
