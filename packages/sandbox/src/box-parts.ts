/** The host side's small parts of a prepared box (see box.ts): messages, stdio, the work dir. */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { SandboxError } from './errors.ts';
import { handOver } from './launch-args.ts';
import { copyWorkDir, removeTree } from './work-dir.ts';

/** Lines the zygote writes on its stdout, handed out in order; fails every waiter when it ends. */
export class ReplyChannel {
  private buffer = '';
  private readonly lines: string[] = [];
  private readonly waiters: { resolve(line: string): void; reject(error: Error): void }[] = [];
  private failure: Error | null = null;

  attach(stream: NodeJS.ReadableStream): void {
    stream.on('data', (chunk: Buffer) => {
      this.buffer += chunk.toString('utf8');
      for (let nl = this.buffer.indexOf('\n'); nl >= 0; nl = this.buffer.indexOf('\n')) {
        const line = this.buffer.slice(0, nl);
        this.buffer = this.buffer.slice(nl + 1);
        const waiter = this.waiters.shift();
        if (waiter) waiter.resolve(line);
        else this.lines.push(line);
      }
    });
  }

  fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiters.splice(0)) waiter.reject(this.failure);
  }

  next(timeoutMs: number | null): Promise<string> {
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const waiter = {
        resolve: (value: string) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error: Error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.waiters.push(waiter);
      if (timeoutMs !== null) {
        timer = setTimeout(() => {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          reject(new SandboxError(`the box's init did not answer within ${timeoutMs} ms`, 'box-broken'));
        }, timeoutMs);
      }
    });
  }
}

/** A command frame: "<length>\n" and NUL-ended fields. */
export function frame(fields: string[]): Buffer {
  for (const field of fields) {
    if (field.includes('\0')) throw new SandboxError('arguments and environment may not contain NUL', 'bad-options');
  }
  const payload = Buffer.from(fields.map((field) => `${field}\0`).join(''), 'utf8');
  return Buffer.concat([Buffer.from(`${payload.length}\n`), payload]);
}

/**
 * The top-level entries of the prepared work dir and their inodes. Every copied entry is
 * root's and read-only to the run uid, so a run can only add, remove or rename entries — all
 * visible here — never change one in place.
 */
export class WorkDirState {
  private entries = new Map<string, number>();
  private readonly sources: string[];
  constructor(
    private readonly dir: string,
    from: string | undefined,
  ) {
    this.sources = from === undefined ? [] : [from];
  }

  async fill(): Promise<void> {
    for (const from of this.sources) await copyWorkDir(from, this.dir);
    this.record();
  }

  async add(from: string): Promise<void> {
    this.sources.push(from);
    await copyWorkDir(from, this.dir);
    this.record();
  }

  private record(): void {
    this.entries = new Map(readdirSync(this.dir).map((name) => [name, lstatSync(join(this.dir, name)).ino]));
  }

  async reset(uid: number): Promise<void> {
    const names = readdirSync(this.dir);
    const pristine =
      names.length === this.entries.size &&
      names.every((name) => {
        const stat = lstatSync(join(this.dir, name));
        return stat.uid === 0 && this.entries.get(name) === stat.ino;
      });
    if (!pristine) {
      await removeTree(this.dir, { contents: true });
      await this.fill();
    }
    const own = lstatSync(this.dir);
    if (!pristine || own.uid !== uid || own.gid !== uid || (own.mode & 0o7777) !== 0o700) handOver(this.dir, uid);
  }
}

/**
 * Empties the box's /tmp through a directory fd the host holds on it (never a path the box
 * controls): /proc/<our pid>/fd/<fd>, a name the launcher's rmtree can open too.
 */
export async function emptyDir(fdPath: string): Promise<void> {
  await removeTree(fdPath, { contents: true });
}

export function onlyChild(pid: number): number {
  let children: number[];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ').filter(Boolean).map(Number);
  } catch (error) {
    throw new SandboxError(`the box's monitor ${pid} is gone`, 'box-broken', { cause: error });
  }
  if (children.length !== 1) throw new SandboxError(`the box's monitor has ${children.length} children`, 'box-broken');
  return children[0] as number;
}

/** The host pid of the zygote's child whose pid inside the box is `boxPid`. */
export function hostPidOf(zygote: number, boxPid: number): number {
  const children = readFileSync(`/proc/${zygote}/task/${zygote}/children`, 'utf8').trim().split(' ').filter(Boolean);
  // the zygote checked it had no child left before it forked this one: a lone child is it
  if (children.length === 1) return Number(children[0]);
  for (const child of children) {
    try {
      const nspid = /^NSpid:\s+(.*)$/m
        .exec(readFileSync(`/proc/${child}/status`, 'utf8'))?.[1]
        ?.trim()
        .split(/\s+/);
      if (nspid && Number(nspid[nspid.length - 1]) === boxPid) return Number(child);
    } catch {
      // ended meanwhile
    }
  }
  throw new SandboxError(`the box's new program (pid ${boxPid} inside) is not among its init's children`, 'box-broken');
}

/** A connection to the box socket, tagged with the stdio slot it serves once connected. */
export function connectTagged(path: string, tag: 'I' | 'O' | 'E'): { socket: Socket; connected: Promise<void> } {
  const socket = connect(path);
  const connected = new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.off('error', reject);
      socket.on('error', () => {}); // the program may close its end at any time
      socket.write(tag);
      resolve();
    });
  });
  connected.catch(() => {}); // awaited with the zygote's reply; a failure there is the box's
  return { socket, connected };
}
