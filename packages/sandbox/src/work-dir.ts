import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { copyCarried } from './carry.ts';
import { SandboxError } from './errors.ts';
import { ensureLauncher } from './host.ts';
import { helperRequest } from './launch-helper.ts';

const LOCK_STALE_MS = 10_000;
const LOCK_POLL_MS = 20;
const execFileAsync = promisify(execFile);

function isMountPoint(path: string): boolean {
  const mounts = readFileSync('/proc/self/mounts', 'utf8');
  return mounts.split('\n').some((line) => line.split(' ')[1] === path);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Work dirs live on a tmpfs of their own: the pages a program writes there are charged to its
 * memory cgroup, so filling the work dir ends as memory-limit instead of filling the host's
 * disk, and the tmpfs size caps what all runs together can hold.
 */
export function ensureWorkMount(dir: string, sizeMb: number): void {
  ensureMount(dir, ['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0711,nosuid,nodev`, 'verdict-work'], 'the work tmpfs');
}

/**
 * Mounts `mount <args> <dir>` unless dir is already a mount point. Several processes may start
 * at once, so the mount is made under a mkdir lock. Throws SandboxError when mount fails.
 */
export function ensureMount(dir: string, args: string[], what: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o711 });
  const lock = `${dir}.lock`;
  for (;;) {
    if (isMountPoint(dir)) return;
    try {
      mkdirSync(lock);
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmdirSync(lock);
      } catch {
        // another process removed it first
      }
      sleepSync(LOCK_POLL_MS);
      continue;
    }
    try {
      if (isMountPoint(dir)) return;
      const mounted = spawnSync('mount', [...args, dir], { encoding: 'utf8' });
      if (mounted.status !== 0) {
        throw new SandboxError(`cannot mount ${what} on ${dir}: ${mounted.stderr || mounted.error}`, 'launch-failed');
      }
      return;
    } finally {
      rmdirSync(lock);
    }
  }
}

/** Bounds of each run's (and box's) own work tmpfs. */
export const RUN_TMPFS = { sizeMb: 1024, inodes: 16_384 } as const;

/** Work dirs this process mounted: the only ones the launcher's helper is asked to remove. */
const ownTmpfsDirs = new Set<string>();

/**
 * A fresh work dir in root, named run-<pid>-* so the sweep (removeStaleDirs) finds the dir of a
 * process that died. With `ownTmpfs` it is a tmpfs of its own (RUN_TMPFS): what one run writes
 * never takes the space another run needs (root only: the insecure mode cannot mount).
 */
export async function createWorkDir(root: string, options: { ownTmpfs: boolean; prefix?: string }): Promise<string> {
  const workRoot = resolve(root);
  await mkdir(workRoot, { recursive: true, mode: 0o711 });
  const dir = await mkdtemp(join(workRoot, `${options.prefix ?? 'run'}-${process.pid}-`));
  if (options.ownTmpfs) {
    try {
      await helperRequest(workRoot, RUN_TMPFS, 'mount', basename(dir));
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    ownTmpfsDirs.add(dir);
  }
  await chmod(dir, 0o700);
  return dir;
}

/**
 * Copies regular files and directories within CARRY_LIMITS (carry.ts); nothing is followed.
 * Throws SandboxError 'files-limit' when the source is too big, deep or numerous.
 */
export async function copyWorkDir(from: string, to: string): Promise<void> {
  await copyCarried(from, to);
}

/**
 * Removes a work dir without following any link inside it, however deep it is; a work dir with
 * a tmpfs of its own is detached whole (rmtree.inc), never walked.
 */
export async function removeWorkDir(dir: string): Promise<void> {
  if (ownTmpfsDirs.has(dir)) {
    await helperRequest(dirname(dir), RUN_TMPFS, 'remove', basename(dir));
    ownTmpfsDirs.delete(dir);
    return;
  }
  if (!isMountPoint(dir)) return removeTree(dir);
  await launcherRmtree([dir]);
}

async function launcherRmtree(args: string[]): Promise<void> {
  const path = args[args.length - 1];
  try {
    await execFileAsync(ensureLauncher(), ['rmtree', ...args], { env: {} });
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr || (error as Error).message;
    throw new SandboxError(`cannot remove ${path}: ${detail}`, 'launch-failed', { cause: error });
  }
}

/**
 * Removes a tree (with `contents`, only what is inside the dir). fs.rm never follows links but
 * fails with ENAMETOOLONG on a tree deeper than PATH_MAX, which a program can build with relative
 * names; then the launcher's rmtree removes it through directory fds (rmtree.inc).
 */
export async function removeTree(path: string, options: { contents?: boolean } = {}): Promise<void> {
  try {
    if (options.contents) {
      for (const name of await readdir(path))
        await rm(join(path, name), { recursive: true, force: true, maxRetries: 3 });
    } else {
      await rm(path, { recursive: true, force: true, maxRetries: 3 });
    }
    return;
  } catch {
    // deeper than a path can name: below
  }
  await launcherRmtree([...(options.contents ? ['--contents'] : []), path]);
}

/** removeTree for start-up, before anything else runs. */
function removeTreeSync(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true, maxRetries: 3 });
    return;
  } catch {
    // deeper than a path can name: below
  }
  const removed = spawnSync(ensureLauncher(), ['rmtree', path], { encoding: 'utf8', env: {} });
  if (removed.status !== 0) throw new SandboxError(`cannot remove ${path}: ${removed.stderr}`, 'launch-failed');
}

/** Every dir in the work root is <kind>-<pid of its Verdict process>-<random>. */
const OWNED_DIR = /^(?:run|box)-(\d+)-/;

/** Dirs of runs and boxes whose Verdict process is gone (their programs died with it). */
function staleDirs(workRoot: string): string[] {
  let names: string[];
  try {
    names = readdirSync(workRoot);
  } catch {
    return [];
  }
  return names
    .filter((name) => {
      const owner = OWNED_DIR.exec(name)?.[1];
      return owner !== undefined && Number(owner) !== process.pid && !existsSync(`/proc/${owner}`);
    })
    .map((name) => join(workRoot, name));
}

/** Removes the run and box dirs of dead Verdict processes; at start-up, before any run. */
export function removeStaleDirsSync(workRoot: string): void {
  for (const dir of staleDirs(workRoot)) removeTreeSync(dir);
}

/**
 * Removes the run and box dirs of dead Verdict processes every `everyMs` (another process on the
 * host may die long after this one started). Returns a function that stops it.
 */
export function sweepStaleDirs(workRoot: string, everyMs: number): () => void {
  let sweeping = false;
  const timer = setInterval(async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      for (const dir of staleDirs(workRoot)) await removeTree(dir);
    } catch {
      // a dir that cannot go now is tried again at the next sweep
    } finally {
      sweeping = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
