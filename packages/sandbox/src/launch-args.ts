import { chmodSync, chownSync, lstatSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { SandboxError } from './errors.ts';
import { DEFAULT_LIMITS, type SandboxLimits, type SandboxMount } from './types.ts';
import { runViewArgs, SANDBOX_PATH, SANDBOX_WORK_DIR } from './view.ts';

/** Well under the kernel's ARG_MAX, which bubblewrap's own arguments share. */
const MAX_ARGV_BYTES = 512 * 1024;
const ERRNO_NAMES = new Map<number, string>(Object.entries(osConstants.errno).map(([name, number]) => [number, name]));

export function errnoName(errno: number): string {
  return ERRNO_NAMES.get(errno) ?? String(errno);
}

export function resolveLimits(partial: Partial<SandboxLimits> | undefined): SandboxLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}

/** Refuses options the sandbox cannot honour safely, before anything is set up. */
export function checkOptions(options: { argv: string[]; mounts?: SandboxMount[] }, limits: SandboxLimits): void {
  if (options.argv.length === 0 || options.argv[0] === '') {
    throw new SandboxError('argv must name a program', 'bad-options');
  }
  const argvBytes = options.argv.reduce((sum, arg) => sum + Buffer.byteLength(arg) + 1, 0);
  if (argvBytes > MAX_ARGV_BYTES) {
    throw new SandboxError(`argv is ${argvBytes} bytes; at most ${MAX_ARGV_BYTES} are accepted`, 'bad-options');
  }
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value <= 0) {
      throw new SandboxError(`limit ${key} must be a positive integer, got ${value}`, 'bad-options');
    }
  }
  for (const mount of options.mounts ?? []) {
    if (!mount.host.startsWith('/') || !(mount.sandbox ?? mount.host).startsWith('/')) {
      throw new SandboxError(`mount paths must be absolute: ${mount.host}`, 'bad-options');
    }
  }
}

/** The RLIMIT_CPU backstop sits this far above the limit; the cgroup watchdog acts first. */
const RLIMIT_CPU_SLACK_S = 1;

/** The program's environment; PATH, HOME, LANG and TMPDIR are set unless given. */
export function sandboxEnv(env: Record<string, string> | undefined): Record<string, string> {
  return {
    PATH: SANDBOX_PATH,
    HOME: '/tmp',
    TMPDIR: '/tmp',
    LANG: 'C.UTF-8',
    ...env,
  };
}

/** What bubblewrap builds for one sandbox (a one-shot run or a prepared box). */
export interface ViewSpec {
  base: string[];
  workDir: string;
  tmpKb: number;
  mounts: SandboxMount[];
  env: Record<string, string>;
  cwd: string;
  /** Binds added after the view (the box's private io dir). */
  extraBinds?: { host: string; sandbox: string }[];
}

export function bwrapArgs(spec: ViewSpec): string[] {
  const args = [
    // bubblewrap runs as root without a user namespace, like isolate: the program gets no
    // capabilities in any namespace, and init drops to the run uid before it starts
    '--unshare-ipc',
    '--unshare-pid',
    '--unshare-net',
    '--unshare-uts',
    '--unshare-cgroup',
    '--die-with-parent',
    '--new-session',
    '--as-pid-1',
    '--hostname',
    'verdict',
    '--clearenv',
    ...spec.base,
    ...runViewArgs({ workDir: spec.workDir, tmpKb: spec.tmpKb, mounts: spec.mounts }),
  ];
  for (const bind of spec.extraBinds ?? []) args.push('--bind', bind.host, bind.sandbox);
  for (const [key, value] of Object.entries(spec.env)) args.push('--setenv', key, value);
  // the root tmpfs bwrap builds the view on must not be writable either
  args.push('--remount-ro', '/', '--chdir', spec.cwd || SANDBOX_WORK_DIR);
  return args;
}

/** The rlimits of a program, as the launcher's NAME=VALUE specs. */
export function rlimitSpecs(limits: SandboxLimits): string[] {
  const rlimits: Record<string, number> = {
    cpu: Math.ceil(limits.cpuMs / 1000) + RLIMIT_CPU_SLACK_S,
    fsize: limits.fileSizeKb * 1024,
    nofile: limits.openFiles,
    stack: limits.stackKb * 1024,
    core: 0,
    memlock: 0,
    msgqueue: 0,
  };
  return Object.entries(rlimits).map(([name, value]) => `${name}=${value}`);
}

/** The work dir becomes the run uid's, mode 0700; a symlink is refused, never followed. */
export function handOver(workDir: string, uid: number): void {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(workDir);
  } catch (error) {
    throw new SandboxError(`work dir ${workDir} does not exist`, 'bad-options', { cause: error });
  }
  if (!stat.isDirectory()) throw new SandboxError(`work dir ${workDir} is not a directory`, 'bad-options');
  chownSync(workDir, uid, uid);
  chmodSync(workDir, 0o700);
}
