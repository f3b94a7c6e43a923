/**
 * What a run may carry into the next one: the files a compile leaves for the program's runs,
 * and the prepared files of a box. Code runs while compiling (Template Haskell, Nim `static:`,
 * Rust build scripts, ...), so this is user data: every walk is bounded before the host spends
 * disk or time on it, files are streamed in small chunks, and zero blocks stay holes, so a
 * sparse file costs the copy no more space than it cost the compile. See docs/SECURITY.md.
 */
import { constants, type Dir } from 'node:fs';
import { mkdir, open, opendir } from 'node:fs/promises';
import { join } from 'node:path';
import { SandboxError } from './errors.ts';

/** Bounds of what is carried from compile to run and between the runs of a box. */
export const CARRY_LIMITS = {
  /** Sum of the apparent sizes of every file (holes count: the copy is bounded by it). */
  totalBytes: 256 * 1024 * 1024,
  /** Files and directories together. */
  entries: 4096,
  /** Directory levels below the work dir. */
  depth: 16,
  /** Length of a path relative to the work dir, in bytes. */
  pathBytes: 1024,
} as const;

const CHUNK_BYTES = 64 * 1024;
const COPY_MODE_EXEC = 0o755;
const COPY_MODE_PLAIN = 0o644;
const MIB = 1024 * 1024;

interface Budget {
  bytes: number;
  entries: number;
}

function exceeded(what: string): SandboxError {
  return new SandboxError(`compile output exceeds ${what}`, 'files-limit');
}

/**
 * Checks a work dir against CARRY_LIMITS without copying it. Throws SandboxError 'files-limit'
 * (a limit of the user's program, never our failure) when it is too big, too deep or has too
 * many entries. Links, devices, fifos and sockets are ignored (never carried, never followed).
 */
export async function checkCarried(dir: string): Promise<void> {
  await walk(dir, null, '', 0, { bytes: 0, entries: 0 });
}

/**
 * Copies regular files and directories from `from` into the existing dir `to` within
 * CARRY_LIMITS. Every open uses O_NOFOLLOW and a walk never follows a link, so nothing a program
 * left behind can point the host elsewhere. Throws SandboxError 'files-limit' past a limit; the
 * caller removes the partial copy.
 */
export async function copyCarried(from: string, to: string): Promise<void> {
  await walk(from, to, '', 0, { bytes: 0, entries: 0 });
}

async function walk(from: string, to: string | null, relative: string, depth: number, budget: Budget): Promise<void> {
  let dir: Dir;
  try {
    dir = await opendir(from, { bufferSize: 64 });
  } catch (error) {
    throw new SandboxError(`cannot read the work dir ${from}: ${(error as Error).message}`, 'launch-failed', {
      cause: error,
    });
  }
  try {
    // streamed: a directory of a million names is refused after CARRY_LIMITS.entries of them
    for await (const entry of dir) {
      if (!entry.isDirectory() && !entry.isFile()) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (++budget.entries > CARRY_LIMITS.entries) throw exceeded(`${CARRY_LIMITS.entries} files and directories`);
      if (Buffer.byteLength(path) > CARRY_LIMITS.pathBytes) {
        throw exceeded(`a path length of ${CARRY_LIMITS.pathBytes} bytes: ${path.slice(0, 80)}...`);
      }
      const source = join(from, entry.name);
      const target = to === null ? null : join(to, entry.name);
      if (entry.isDirectory()) {
        if (depth + 1 > CARRY_LIMITS.depth) throw exceeded(`a depth of ${CARRY_LIMITS.depth} directories: ${path}`);
        if (target !== null) await mkdir(target, { mode: 0o755 });
        await walk(source, target, path, depth + 1, budget);
      } else {
        await carryFile(source, target, path, budget);
      }
    }
  } finally {
    await dir.close().catch(() => {});
  }
}

async function carryFile(source: string, target: string | null, path: string, budget: Budget): Promise<void> {
  const input = await open(source, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stat = await input.stat();
    if (!stat.isFile()) return;
    budget.bytes += stat.size;
    if (budget.bytes > CARRY_LIMITS.totalBytes) {
      throw exceeded(`${CARRY_LIMITS.totalBytes / MIB} MiB in total (apparent size, holes included): ${path}`);
    }
    if (target === null) return;
    const mode = stat.mode & 0o111 ? COPY_MODE_EXEC : COPY_MODE_PLAIN;
    const output = await open(
      target,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      mode,
    );
    try {
      await copySparse(input, output, stat.size);
      await output.chmod(mode);
    } finally {
      await output.close();
    }
  } finally {
    await input.close();
  }
}

type Handle = Awaited<ReturnType<typeof open>>;

/** Streams `size` bytes in chunks; an all-zero chunk is skipped, so it stays (or becomes) a hole. */
async function copySparse(input: Handle, output: Handle, size: number): Promise<void> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let position = 0;
  while (position < size) {
    const { bytesRead } = await input.read(buffer, 0, Math.min(CHUNK_BYTES, size - position), position);
    if (bytesRead === 0) break; // the file shrank meanwhile: carry what is there
    const chunk = buffer.subarray(0, bytesRead);
    if (!isZero(chunk)) await output.write(chunk, 0, bytesRead, position);
    position += bytesRead;
  }
  await output.truncate(position);
}

function isZero(chunk: Buffer): boolean {
  // compares 8 bytes at a time where the buffer's alignment allows it
  const words = chunk.byteOffset % 8 === 0 ? Math.floor(chunk.length / 8) : 0;
  if (words > 0) {
    const view = new BigUint64Array(chunk.buffer, chunk.byteOffset, words);
    for (let i = 0; i < words; i++) if (view[i] !== 0n) return false;
  }
  for (let i = words * 8; i < chunk.length; i++) if (chunk[i] !== 0) return false;
  return true;
}
