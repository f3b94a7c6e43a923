import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

/**
 * 'text': the terminal shows warnings and errors as readable lines, and every log line (request
 * logs included) goes as JSON to <data>/logs/server.log. 'json': every line as JSON on stdout,
 * for containers and log collectors.
 */
export type LogFormat = 'text' | 'json';
export const LOG_FORMATS: readonly LogFormat[] = ['text', 'json'];

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface ServerLogging {
  logger: Logger;
  /** where the full log goes; null when it goes to the terminal (format 'json') */
  file: string | null;
}

/** The terminal shows lines of this level and above in the 'text' format; the file has them all. */
const TERMINAL_LEVEL = 'warn';
const LOG_FILE = join('logs', 'server.log');
/** Fields every pino line has: not repeated in a readable line. */
const PLAIN_FIELDS = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'reqId', 'component']);

/**
 * Makes the server's logger for `format` (see LogFormat).
 *
 * @example
 * const { logger, file } = createServerLogging({ dataDir: './data', level: 'info', format: 'text' });
 */
export function createServerLogging(options: {
  dataDir: string;
  level: LogLevel;
  format: LogFormat;
  /** default process.stdout */
  terminal?: NodeJS.WritableStream;
}): ServerLogging {
  const terminal = options.terminal ?? process.stdout;
  switch (options.format) {
    case 'json':
      return { logger: pino({ level: options.level }, terminal), file: null };
    case 'text': {
      const file = join(options.dataDir, LOG_FILE);
      mkdirSync(join(options.dataDir, 'logs'), { recursive: true });
      const streams: pino.StreamEntry[] = [
        {
          level: options.level === 'silent' ? 'fatal' : options.level,
          stream: pino.destination({ dest: file, sync: false }),
        },
        { level: TERMINAL_LEVEL, stream: readableLines(terminal) },
      ];
      return { logger: pino({ level: options.level }, pino.multistream(streams)), file };
    }
    default: {
      const unknown: never = options.format;
      throw new Error(`unknown log format ${String(unknown)}`);
    }
  }
}

/** A stream taking pino's JSON lines and writing "12:04:05 WARN message (key=value, ...)". */
export function readableLines(out: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) {
        if (line.trim() !== '') out.write(`${readableLine(line)}\n`);
      }
      done();
    },
  });
}

export function readableLine(json: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = typeof record.time === 'number' ? new Date(record.time).toISOString().slice(11, 19) : '';
  const level = (pino.levels.labels[Number(record.level)] ?? String(record.level)).toUpperCase();
  const details = Object.entries(record)
    .filter(([key]) => !PLAIN_FIELDS.has(key))
    .map(([key, value]) => `${key}=${detailText(value)}`);
  return `${time} ${level} ${String(record.msg ?? '')}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

function detailText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'message' in value) return String(value.message);
  return JSON.stringify(value);
}
