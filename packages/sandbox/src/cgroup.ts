import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SandboxError } from './errors.ts';

/** Limits a run's cgroup enforces for the whole process tree. */
export interface CgroupLimits {
  memoryKb: number;
  pids: number;
}

/** The cgroup(s) of one run: every process of the run joins them before it starts. */
export interface RunCgroup {
  /** Files the launcher writes its pid into (one per v1 hierarchy, one for v2). */
  readonly procsFiles: string[];
  /** CPU time of every process that ever ran in the group. */
  cpuUs(): number;
  /** Peak memory of the group, or 0 when the host cannot tell. */
  memoryPeakKb(): number;
  /** Whether the kernel's OOM killer acted in the group. */
  oomKilled(): boolean;
  /** Whether an allocation ever ran into the memory limit (the kernel had to reclaim or refuse). */
  memoryLimitHit(): boolean;
  /** Pids alive in the group right now. */
  pids(): number[];
  /**
   * SIGKILLs every process in the group, including setsid/daemonised ones. `spare` keeps one
   * process alive (bubblewrap's monitor, so it reaps the namespace's init instead of leaving
   * a zombie to the host's pid 1); killing init takes down the whole PID namespace anyway.
   */
  killAll(spare?: number): void;
  /** Kills what is left and removes the group; resolves when it is gone. */
  destroy(): Promise<void>;
}

export interface CgroupDriver {
  readonly version: 'v1' | 'v2';
  /** Controllers the driver could not find; limits of those are not enforced. */
  readonly missing: string[];
  create(name: string, limits: CgroupLimits): RunCgroup;
  /** Names of run groups that exist now (an empty list between runs: nothing survives one). */
  listRuns(): string[];
}

const KB = 1024;
/** How long destroy() waits for the kernel to reap a group's last processes. */
const DESTROY_TIMEOUT_MS = 5_000;

function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

function write(file: string, value: string): void {
  try {
    writeFileSync(file, value);
  } catch (error) {
    throw new SandboxError(`cannot write ${value.trim()} to ${file}`, 'cgroup-failed', {
      cause: error,
    });
  }
}

function readPids(procsFile: string): number[] {
  try {
    return readText(procsFile)
      .split('\n')
      .filter((line) => line !== '')
      .map(Number);
  } catch {
    return [];
  }
}

function killPids(pids: number[], spare?: number): void {
  for (const pid of pids) {
    if (pid === spare) continue;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Removes directories once their processes are gone; kills stragglers while it waits. */
async function removeGroups(dirs: string[], procsFile: string, kill: (spare?: number) => void): Promise<void> {
  const deadline = Date.now() + DESTROY_TIMEOUT_MS;
  for (let attempt = 0; ; attempt++) {
    if (readPids(procsFile).length > 0) kill();
    try {
      for (const dir of dirs) if (existsSync(dir)) rmdirSync(dir);
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new SandboxError(`cannot remove cgroup ${dirs.join(', ')}`, 'cgroup-failed', {
          cause: error,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(50, 1 + attempt)));
    }
  }
}

/**
 * Removes run groups left by a Verdict process that died (killed mid-run: its runs and boxes
 * died with it through the parent-death signal, but nobody removed their groups). Only empty
 * groups go (rmdir refuses others); nothing is killed on the strength of a pid alone.
 */
function removeStaleGroups(parents: string[]): void {
  for (const parent of parents) {
    for (const name of subdirs(parent)) {
      const owner = /^run-(\d+)-/.exec(name)?.[1];
      if (owner === undefined || Number(owner) === process.pid || existsSync(`/proc/${owner}`)) continue;
      try {
        rmdirSync(join(parent, name));
      } catch {
        // still has a dying process: the next start removes it
      }
    }
  }
}

function subdirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/** A line "key value" of a flat-keyed cgroup file (cpu.stat, memory.events, memory.oom_control). */
function keyed(file: string, key: string): number {
  try {
    for (const line of readText(file).split('\n')) {
      const [k, v] = line.split(' ');
      if (k === key) return Number(v);
    }
  } catch {
    // the file does not exist on this kernel
  }
  return 0;
}

/** The cgroup of this process in a hierarchy, from /proc/self/cgroup. */
function ownCgroupPath(match: (controllers: string[]) => boolean): string {
  for (const line of readText('/proc/self/cgroup').split('\n')) {
    const [, controllers, path] = line.split(':');
    if (controllers === undefined || path === undefined) continue;
    if (match(controllers === '' ? [] : controllers.split(','))) return path;
  }
  return '/';
}

/**
 * cgroup v1: memory, pids and cpuacct are separate hierarchies. Groups are made under the
 * cgroup this process is in, so limits set on us by the host still apply to the runs.
 */
export function cgroupV1Driver(mounts: { memory: string; pids: string; cpuacct: string }): CgroupDriver {
  const parents = Object.fromEntries(
    (['memory', 'pids', 'cpuacct'] as const).map((controller) => {
      const own = ownCgroupPath((c) => c.includes(controller));
      const parent = join(mounts[controller], own, 'verdict');
      mkdirSync(parent, { recursive: true });
      return [controller, parent];
    }),
  ) as Record<'memory' | 'pids' | 'cpuacct', string>;
  removeStaleGroups(Object.values(parents));
  const hasMemsw = existsSync(join(parents.memory, 'memory.memsw.limit_in_bytes'));
  return {
    version: 'v1',
    missing: [],
    listRuns: () => [...new Set(Object.values(parents).flatMap(subdirs))],
    create(name, limits) {
      const memory = join(parents.memory, name);
      const pids = join(parents.pids, name);
      const cpu = join(parents.cpuacct, name);
      for (const dir of [memory, pids, cpu]) mkdirSync(dir);
      const bytes = String(limits.memoryKb * KB);
      write(join(memory, 'memory.limit_in_bytes'), bytes);
      // swap off: memory+swap may not exceed memory alone
      if (hasMemsw) write(join(memory, 'memory.memsw.limit_in_bytes'), bytes);
      write(join(memory, 'memory.swappiness'), '0');
      write(join(pids, 'pids.max'), String(limits.pids));
      const procs = join(pids, 'cgroup.procs');
      const killAll = (spare?: number) => killPids(readPids(procs), spare);
      return {
        procsFiles: [join(memory, 'cgroup.procs'), procs, join(cpu, 'cgroup.procs')],
        cpuUs: () => Math.round(Number(readText(join(cpu, 'cpuacct.usage'))) / 1000),
        memoryPeakKb: () => Math.ceil(Number(readText(join(memory, 'memory.max_usage_in_bytes'))) / KB),
        oomKilled: () => keyed(join(memory, 'memory.oom_control'), 'oom_kill') > 0,
        memoryLimitHit: () => Number(readText(join(memory, 'memory.failcnt'))) > 0,
        pids: () => readPids(procs),
        killAll,
        destroy: () => removeGroups([memory, pids, cpu], procs, killAll),
      };
    },
  };
}

const V2_CONTROLLERS = ['memory', 'pids'] as const;

/**
 * cgroup v2: one hierarchy. Controllers are enabled for a `verdict` group under `root`
 * (default: this process's own cgroup), which must be delegated to us. `allowMissing`
 * accepts a hierarchy without memory/pids controllers (a hybrid host's unified tree): runs
 * are then tracked and killed through the group but those limits are not enforced, so it
 * is for tests of the v2 path only.
 */
export function cgroupV2Driver(mount: string, options: { root?: string; allowMissing?: boolean } = {}): CgroupDriver {
  const root =
    options.root ??
    join(
      mount,
      ownCgroupPath((c) => c.length === 0),
    );
  const parent = join(root, 'verdict');
  mkdirSync(parent, { recursive: true });
  const available = readText(join(root, 'cgroup.controllers')).trim().split(/\s+/);
  const missing = V2_CONTROLLERS.filter((c) => !available.includes(c));
  if (missing.length > 0 && !options.allowMissing) {
    throw new SandboxError(
      `cgroup v2 at ${root} lacks the ${missing.join(', ')} controller(s); delegate them to this service (systemd Delegate=yes) or pass a cgroup root that has them`,
      'cgroup-failed',
    );
  }
  const enable = V2_CONTROLLERS.filter((c) => available.includes(c))
    .map((c) => `+${c}`)
    .join(' ');
  removeStaleGroups([parent]);
  if (enable !== '') {
    write(join(root, 'cgroup.subtree_control'), enable);
    write(join(parent, 'cgroup.subtree_control'), enable);
  }
  return {
    version: 'v2',
    missing: [...missing],
    listRuns: () => subdirs(parent),
    create(name, limits) {
      const dir = join(parent, name);
      mkdirSync(dir);
      if (!missing.includes('memory')) {
        write(join(dir, 'memory.max'), String(limits.memoryKb * KB));
        write(join(dir, 'memory.swap.max'), '0');
        // an OOM ends the whole run, not one arbitrary process of it
        write(join(dir, 'memory.oom.group'), '1');
      }
      if (!missing.includes('pids')) write(join(dir, 'pids.max'), String(limits.pids));
      const procs = join(dir, 'cgroup.procs');
      const killFile = join(dir, 'cgroup.kill');
      const killAll = (spare?: number) => {
        if (spare === undefined && existsSync(killFile)) writeFileSync(killFile, '1');
        else killPids(readPids(procs), spare);
      };
      let peakKb = 0;
      const peakFile = join(dir, 'memory.peak');
      return {
        procsFiles: [procs],
        cpuUs: () => keyed(join(dir, 'cpu.stat'), 'usage_usec'),
        memoryPeakKb: () => {
          if (existsSync(peakFile)) peakKb = Math.ceil(Number(readText(peakFile)) / KB);
          return peakKb;
        },
        oomKilled: () => keyed(join(dir, 'memory.events'), 'oom_kill') > 0,
        memoryLimitHit: () => !missing.includes('memory') && keyed(join(dir, 'memory.events'), 'max') > 0,
        pids: () => readPids(procs),
        killAll,
        destroy: () => removeGroups([dir], procs, killAll),
      };
    },
  };
}
