/**
 * The line protocol between the judge and a function problem's driver (docs/FUNCTION-PROBLEMS.md).
 *
 * Judge → driver, on stdin: a fresh random nonce, the number of tests N, then N lines of JSON
 * (the arguments, or the calls of a class design). stdin then stays open for the driver's
 * watcher thread: each further line asks it how much CPU the running test has used (a P
 * record answers), and the end of stdin makes it exit the process at once. That is how the
 * judge stops a test at its CPU limit while the user's code keeps the main thread busy.
 *
 * Driver → judge, on stdout, each record on a line of its own (a newline before and after, so
 * whatever the user printed without a newline cannot glue onto it), starting with the nonce:
 *   <nonce> S <k>                                      test k starts
 *   <nonce> E <k> <cpuUs> <wallUs> <memoryKb> <json>   test k returned this result
 *   <nonce> X <k> <cpuUs> <wallUs> <memoryKb> <json>   test k threw; the JSON string says what
 *   <nonce> F <k> <json>                               the driver could not read test k (our fault)
 *   <nonce> P <k> <cpuUs>                              test k has used this much CPU so far (-1: none runs)
 *   <nonce> D                                          all tests done
 * Every other line is what the user's code printed: shown with the test, never judged.
 */
import { randomBytes } from 'node:crypto';

const NONCE_BYTES = 16;

export type DriverRecord =
  | { type: 'start'; index: number }
  | { type: 'end'; index: number; cpuUs: number; wallUs: number; memoryKb: number; json: string }
  | { type: 'threw'; index: number; cpuUs: number; wallUs: number; memoryKb: number; message: string }
  | { type: 'bad-input'; index: number; message: string }
  | { type: 'progress'; index: number; cpuUs: number }
  | { type: 'done' };

/** A record that carries the nonce but does not parse: the driver is broken (IE). */
export class DriverProtocolError extends Error {
  override readonly name = 'DriverProtocolError';
}

export function newNonce(): string {
  return randomBytes(NONCE_BYTES).toString('hex');
}

/** What the driver reads on stdin. */
/** What the judge writes on stdin to ask for a P record. */
export const PROGRESS_REQUEST = '\n';

export function driverInput(nonce: string, lines: readonly string[]): string {
  return `${nonce}\n${lines.length}\n${lines.map((line) => `${line}\n`).join('')}`;
}

function count(text: string | undefined, what: string): number {
  if (text === undefined || !/^\d+$/.test(text)) throw new DriverProtocolError(`bad ${what} ${JSON.stringify(text)}`);
  return Number(text);
}

function messageOf(json: string): string {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'string' ? value : json;
  } catch {
    return json;
  }
}

/** Parses the part of a record after "<nonce> ". */
export function parseRecord(body: string): DriverRecord {
  const [type, ...fields] = body.split(' ');
  switch (type) {
    case 'S':
      return { type: 'start', index: count(fields[0], 'test index') };
    case 'E':
    case 'X': {
      const measured = {
        index: count(fields[0], 'test index'),
        cpuUs: count(fields[1], 'CPU time'),
        wallUs: count(fields[2], 'wall time'),
        memoryKb: count(fields[3], 'memory'),
      };
      const json = fields.slice(4).join(' ');
      return type === 'E'
        ? { type: 'end', ...measured, json }
        : { type: 'threw', ...measured, message: messageOf(json) };
    }
    case 'F':
      return {
        type: 'bad-input',
        index: count(fields[0], 'test index'),
        message: messageOf(fields.slice(1).join(' ')),
      };
    case 'P': {
      const index = fields[0] === '-1' ? -1 : count(fields[0], 'test index');
      return { type: 'progress', index, cpuUs: count(fields[1], 'CPU time') };
    }
    case 'D':
      return { type: 'done' };
    default:
      throw new DriverProtocolError(`unknown record ${JSON.stringify(body.slice(0, 40))}`);
  }
}

/**
 * Splits the driver's stdout into records and the user's own lines. Lines are cut at "\n"
 * bytes before decoding, so a character split across chunks stays whole.
 */
export class DriverStream {
  private pending: Buffer = Buffer.alloc(0);
  private readonly prefix: string;

  constructor(
    nonce: string,
    private readonly onRecord: (record: DriverRecord) => void,
    private readonly onUserLine: (line: string) => void,
  ) {
    this.prefix = `${nonce} `;
  }

  push(chunk: Buffer): void {
    let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    for (let newline = data.indexOf(10); newline >= 0; newline = data.indexOf(10)) {
      this.line(data.subarray(0, newline).toString('utf8'));
      data = data.subarray(newline + 1);
    }
    this.pending = Buffer.from(data);
  }

  /** The output ended: a last line without a newline is the user's. */
  end(): void {
    if (this.pending.length > 0) this.onUserLine(this.pending.toString('utf8'));
    this.pending = Buffer.alloc(0);
  }

  private line(text: string): void {
    if (text.startsWith(this.prefix)) this.onRecord(parseRecord(text.slice(this.prefix.length)));
    else this.onUserLine(text);
  }
}
