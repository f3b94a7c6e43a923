import { spawnSync } from 'node:child_process';
import { constants, mkdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
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

const COPY_MODE_EXEC = 0o755;
const COPY_MODE_PLAIN = 0o644;

/**
 * Copies regular files and directories only. Every open uses O_NOFOLLOW and a directory walk
 * never follows a link, so nothing a program left behind can point the host elsewhere.
 */
export async function copyWorkDir(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      await mkdir(target, { mode: 0o755 });
      await copyWorkDir(source, target);
    } else if (entry.isFile()) {
      await copyFileNoFollow(source, target);
    }
  }
}

async function copyFileNoFollow(source: string, target: string): Promise<void> {
  const input = await open(source, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const stat = await input.stat();
    if (!stat.isFile()) return;
    const mode = stat.mode & 0o111 ? COPY_MODE_EXEC : COPY_MODE_PLAIN;
    const output = await open(
      target,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      mode,
    );
    try {
      await output.writeFile(await input.readFile());
      await output.chmod(mode);
    } finally {
      await output.close();
    }
  } finally {
    await input.close();
  }
}

/** fs.rm never follows symlinks inside the tree it removes. */
export async function removeWorkDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}
