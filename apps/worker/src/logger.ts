import { pino } from 'pino';

/** The part of a pino logger the worker uses; any pino logger (or a test recorder) fits. */
export interface WorkerLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/**
 * A pino logger writing one JSON line per event to stdout, as the `verdict worker` command logs.
 *
 * @example
 * const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'info' });
 */
export function createLogger(options: { level?: string; name?: string } = {}): WorkerLogger {
  return pino({ name: options.name ?? 'verdict-worker', level: options.level ?? 'info' });
}

/** The message and stack of anything thrown, for a log line. */
export function describeError(error: unknown): { error: string; stack?: string } {
  if (error instanceof Error) return { error: `${error.name}: ${error.message}`, stack: error.stack };
  return { error: String(error) };
}
