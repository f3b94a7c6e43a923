import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SandboxError } from './errors.ts';

/** Where the kernel mounted the cgroup hierarchies of this host. */
export interface CgroupMounts {
  /** cgroup2 mount point, if any (the whole tree on v2 hosts, `unified` on hybrid ones). */
  v2: string | null;
  /** True when /sys/fs/cgroup itself is cgroup2: a pure v2 host. */
  pureV2: boolean;
  v1: { memory?: string; pids?: string; cpuacct?: string };
}

export function findCgroupMounts(): CgroupMounts {
  const result: CgroupMounts = { v2: null, pureV2: false, v1: {} };
  let mounts = '';
  try {
    mounts = readFileSync('/proc/self/mounts', 'utf8');
  } catch {
    return result;
  }
  for (const line of mounts.split('\n')) {
    const [, point, type, options = ''] = line.split(' ');
    if (point === undefined) continue;
    if (type === 'cgroup2') {
      // prefer the canonical location when several cgroup2 mounts exist
      if (result.v2 === null || point === '/sys/fs/cgroup') result.v2 = point;
      if (point === '/sys/fs/cgroup') result.pureV2 = true;
    } else if (type === 'cgroup') {
      const opts = options.split(',');
      for (const controller of ['memory', 'pids', 'cpuacct'] as const) {
        if (opts.includes(controller)) result.v1[controller] ??= point;
      }
    }
  }
  return result;
}

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** First executable named `name` on PATH. */
export function which(name: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

const NATIVE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'native');
const LAUNCHER_SOURCE = join(NATIVE_DIR, 'verdict-launch.c');
/** Files the launcher's source includes; a change to any of them rebuilds it. */
const LAUNCHER_INCLUDES = ['zygote.inc', 'rmtree.inc', 'work-mount.inc'].map((name) => join(NATIVE_DIR, name));
const LAUNCHER_BINARY = join(NATIVE_DIR, 'build', 'verdict-launch');

/**
 * Path of the native launcher, compiled from source on first use (and again when the source
 * changes), so a fresh checkout needs only a C compiler, no prebuilt binary.
 */
export function ensureLauncher(): string {
  const newestSourceMs = Math.max(...[LAUNCHER_SOURCE, ...LAUNCHER_INCLUDES].map((file) => statSync(file).mtimeMs));
  const fresh = existsSync(LAUNCHER_BINARY) && statSync(LAUNCHER_BINARY).mtimeMs >= newestSourceMs;
  if (fresh) return LAUNCHER_BINARY;
  const cc = which('cc') ?? which('gcc');
  if (cc === null) {
    throw new SandboxError(
      'no C compiler to build the sandbox launcher; install one with "apt-get install gcc"',
      'launcher-missing',
    );
  }
  mkdirSync(dirname(LAUNCHER_BINARY), { recursive: true });
  const tmp = `${LAUNCHER_BINARY}.${process.pid}.tmp`;
  const built = spawnSync(cc, ['-O2', '-Wall', '-o', tmp, LAUNCHER_SOURCE], { encoding: 'utf8' });
  if (built.status !== 0) {
    throw new SandboxError(`cannot build the sandbox launcher: ${built.stderr || built.error}`, 'launcher-missing');
  }
  // rename is atomic: concurrent first uses never see a half-written binary
  renameSync(tmp, LAUNCHER_BINARY);
  return LAUNCHER_BINARY;
}
