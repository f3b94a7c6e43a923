import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { copyCarried } from './carry.ts';
import { SandboxError } from './errors.ts';

const LOCK_STALE_MS = 10_000;
const LOCK_POLL_MS = 20;

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

export async function createWorkDir(root: string): Promise<string> {
  await mkdir(root, { recursive: true, mode: 0o711 });
  const dir = await mkdtemp(join(root, 'run-'));
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

/** fs.rm never follows symlinks inside the tree it removes. */
export async function removeWorkDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}
