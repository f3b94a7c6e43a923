import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, constants as fsConstants, openSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { openBox } from './box.ts';
import { type CgroupDriver, cgroupV1Driver, cgroupV2Driver, type RunCgroup } from './cgroup.ts';
import { favourCgroupMoves } from './cgroup-moves.ts';
import { SandboxError } from './errors.ts';
import { ensureLauncher, findCgroupMounts, isExecutable, which } from './host.ts';
import { bwrapArgs, checkOptions, errnoName, handOver, resolveLimits, rlimitSpecs, sandboxEnv } from './launch-args.ts';
import { CappedOutput } from './output.ts';
import { classify, decodeWaitStatus, parseInitReport } from './status.ts';
import type {
  BoxOptions,
  RunOptions,
  Sandbox,
  SandboxCapabilities,
  SandboxLimits,
  SandboxOptions,
  SandboxResult,
} from './types.ts';
import { UidLeases } from './uid-leases.ts';
import { type BaseView, buildBaseView, SANDBOX_INIT_PATH, SANDBOX_WORK_DIR } from './view.ts';
import {
  copyWorkDir,
  createWorkDir,
  ensureWorkMount,
  removeStaleDirsSync,
  removeWorkDir,
  sweepStaleDirs,
} from './work-dir.ts';

const DEFAULT_STATE_DIR = '/var/tmp/verdict-sandbox';
const DEFAULT_UID_BASE = 61_000;
const DEFAULT_UID_COUNT = 256;
const WORK_TMPFS_MB = 4_096;
/** How often dirs of Verdict processes that died since start-up are looked for. */
const STALE_SWEEP_MS = 10 * 60 * 1000;
/** Shortest pause between two checks of a run's CPU time. */
const CPU_POLL_MIN_MS = 5;
const STATUS_FD = 3;

interface Host {
  capabilities: SandboxCapabilities;
  launcher: string | null;
  driver: CgroupDriver | null;
}

function inspectHost(options: SandboxOptions): Host {
  const problems: string[] = [];
  const bwrap = options.bwrap ?? which('bwrap');
  if (bwrap === null || !isExecutable(bwrap)) {
    problems.push(`bubblewrap is not installed${bwrap ? ` at ${bwrap}` : ''} (apt-get install bubblewrap)`);
  }
  if (process.getuid?.() !== 0) problems.push('not running as root: cgroups and the run uids need root');
  let launcher: string | null = null;
  try {
    launcher = ensureLauncher();
  } catch (error) {
    problems.push((error as Error).message);
  }
  let driver: CgroupDriver | null = null;
  if (problems.length === 0) {
    try {
      driver = pickCgroupDriver(options.cgroup ?? 'auto');
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return {
    capabilities: {
      secure: problems.length === 0,
      cgroup: driver?.version ?? 'none',
      bwrap,
      problems,
    },
    launcher,
    driver,
  };
}

function pickCgroupDriver(choice: 'auto' | 'v1' | 'v2'): CgroupDriver {
  const mounts = findCgroupMounts();
  const { memory, pids, cpuacct } = mounts.v1;
  const v1Ready = memory !== undefined && pids !== undefined && cpuacct !== undefined;
  if (choice === 'v2' || (choice === 'auto' && (mounts.pureV2 || !v1Ready))) {
    if (mounts.v2 === null) throw new SandboxError('no cgroup v2 hierarchy is mounted', 'cgroup-failed');
    return cgroupV2Driver(mounts.v2);
  }
  if (!v1Ready) {
    throw new SandboxError('cgroup v1 needs the memory, pids and cpuacct hierarchies mounted', 'cgroup-failed');
  }
  return cgroupV1Driver({ memory, pids, cpuacct });
}

/**
 * Creates the sandbox of this process. On a host that cannot isolate (no root, no bubblewrap,
 * no cgroups) it refuses to run anything unless `insecure` is set, and says why.
 *
 * @example
 * const sandbox = await createSandbox();
 * const dir = await sandbox.createWorkDir();
 * const result = await sandbox.run({ argv: ['python3', '-c', 'print(1)'], workDir: dir });
 */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return createSandboxWith(options, inspectHost(options));
}

/** For tests of one cgroup driver on a host that has several. */
export async function createSandboxWithDriver(options: SandboxOptions, driver: CgroupDriver): Promise<Sandbox> {
  const host = inspectHost({ ...options });
  if (!host.capabilities.secure) return createSandboxWith(options, host);
  return createSandboxWith(options, {
    ...host,
    driver,
    capabilities: { ...host.capabilities, cgroup: driver.version },
  });
}

function createSandboxWith(options: SandboxOptions, host: Host): Sandbox {
  const stateDir = options.stateDir ?? DEFAULT_STATE_DIR;
  const uidBase = options.uidBase ?? DEFAULT_UID_BASE;
  const uidCount = options.uidCount ?? DEFAULT_UID_COUNT;
  const workRoot = join(stateDir, 'work');
  const { capabilities } = host;
  if (capabilities.secure) {
    ensureWorkMount(workRoot, WORK_TMPFS_MB);
    removeStaleDirsSync(workRoot);
    sweepStaleDirs(workRoot, STALE_SWEEP_MS);
    // best effort (cgroup-moves.ts): without it the first test of each box waits 5–20 ms
    if (options.favourCgroupMoves !== false) favourCgroupMoves({ stateDir, pureV2: findCgroupMounts().pureV2 });
  }
  const baseView =
    capabilities.secure && host.launcher !== null
      ? buildBaseView({ stateDir, launcher: host.launcher, uidBase, uidCount })
      : null;
  if (baseView) process.once('exit', baseView.dispose);
  const uids = new UidLeases(uidBase, uidCount);
  let runCounter = 0;

  const refuse = () => {
    throw new SandboxError(
      `this host cannot sandbox untrusted code: ${capabilities.problems.join('; ')}. ` +
        'Fix the above, or pass the insecure development flag to run without isolation.',
      'insecure-host',
    );
  };

  // a box needs every layer: an insecure development host runs each test one-shot instead
  const openSecureBox = async (boxOptions: BoxOptions) => {
    return openBox(
      {
        launcher: host.launcher as string,
        bwrap: capabilities.bwrap as string,
        driver: host.driver as CgroupDriver,
        baseView: (baseView as BaseView).args,
        workRoot,
        takeUid: () => uids.take(),
        nextCgroupName: () => `run-${process.pid}-${++runCounter}`,
      },
      boxOptions,
    );
  };

  return {
    capabilities,
    ...(capabilities.secure ? { openBox: openSecureBox } : {}),
    createWorkDir: () => createWorkDir(workRoot, { ownTmpfs: capabilities.secure }),
    copyWorkDir,
    removeWorkDir,
    async run(runOptions) {
      const limits = resolveLimits(runOptions.limits);
      checkOptions(runOptions, limits);
      if (!capabilities.secure) {
        if (!options.insecure || host.launcher === null) refuse();
        // as root, even the insecure mode drops to an unprivileged uid
        const uid = process.getuid?.() === 0 ? uidBase : undefined;
        if (uid !== undefined) handOver(runOptions.workDir, uid);
        return runInsecure(host.launcher as string, runOptions, limits, uid);
      }
      const lease = await uids.take();
      const name = `run-${process.pid}-${++runCounter}`;
      let cgroup: RunCgroup;
      try {
        cgroup = (host.driver as CgroupDriver).create(name, limits);
      } catch (error) {
        lease.release();
        throw error;
      }
      try {
        handOver(runOptions.workDir, lease.uid);
        const argv = [
          'launch',
          ...cgroup.procsFiles.flatMap((file) => ['--cgroup', file]),
          '--',
          capabilities.bwrap as string,
          ...bwrapArgs({
            base: (baseView as BaseView).args,
            workDir: runOptions.workDir,
            tmpKb: limits.tmpKb,
            mounts: runOptions.mounts ?? [],
            env: sandboxEnv(runOptions.env),
            cwd: runOptions.cwd ?? SANDBOX_WORK_DIR,
          }),
          '--',
          SANDBOX_INIT_PATH,
          ...initArgs(limits, lease.uid),
          '--',
          ...runOptions.argv,
        ];
        return await supervise(host.launcher as string, argv, runOptions, limits, cgroup);
      } finally {
        await cgroup.destroy();
        lease.release();
      }
    },
  };
}

function initArgs(limits: SandboxLimits, uid?: number): string[] {
  return [
    'init',
    '--status-fd',
    String(STATUS_FD),
    '--seccomp',
    ...(uid === undefined ? [] : ['--uid', String(uid), '--gid', String(uid)]),
    ...rlimitSpecs(limits).flatMap((spec) => ['--rlimit', spec]),
  ];
}

function stdinOf(options: RunOptions): { stdio: number | 'pipe' | 'ignore'; data?: string | Uint8Array; fd?: number } {
  const stdin = options.stdin;
  if (stdin === undefined) return { stdio: 'ignore' };
  if ('stream' in stdin) return { stdio: 'pipe' };
  if ('file' in stdin) {
    let fd: number;
    try {
      fd = openSync(stdin.file, fsConstants.O_RDONLY);
    } catch (error) {
      throw new SandboxError(`cannot open stdin file ${stdin.file}`, 'bad-options', { cause: error });
    }
    return { stdio: fd, fd };
  }
  return { stdio: 'pipe', data: stdin.data };
}

/** Starts the launcher and watches the run until every process of it is gone. */
async function supervise(
  launcher: string,
  argv: string[],
  options: RunOptions,
  limits: SandboxLimits,
  cgroup: RunCgroup,
): Promise<SandboxResult> {
  const stdin = stdinOf(options);
  const started = performance.now();
  let child: ChildProcess;
  try {
    child = spawn(launcher, argv, { stdio: [stdin.stdio, 'pipe', 'pipe', 'pipe'], env: {} });
  } finally {
    if (stdin.fd !== undefined) closeSync(stdin.fd);
  }
  let killedForWall = false;
  let killedForCpu = false;
  let outputOverflow = false;
  const kill = () => cgroup.killAll(child.pid);
  const stdout = new CappedOutput(limits.stdoutBytes, () => {
    outputOverflow = true;
    kill();
  });
  const stderr = new CappedOutput(limits.stderrBytes, () => {
    outputOverflow = true;
    kill();
  });
  stdout.attach(child.stdout as NonNullable<typeof child.stdout>);
  stderr.attach(child.stderr as NonNullable<typeof child.stderr>);
  let statusLine = '';
  const statusStream = child.stdio[STATUS_FD] as NodeJS.ReadableStream;
  statusStream.on('data', (chunk: Buffer) => {
    statusLine += chunk.toString('utf8');
  });
  statusStream.on('error', () => {});
  if (child.stdin) child.stdin.on('error', () => {}); // the program may never read, or close stdin early
  if (stdin.data !== undefined && child.stdin) child.stdin.end(stdin.data);
  options.onStart?.({ stdin: child.stdin, stdout: child.stdout as NonNullable<typeof child.stdout> });

  const wallTimer = setTimeout(() => {
    killedForWall = true;
    kill();
  }, limits.wallMs);
  const cores = availableParallelism();
  let cpuTimer: NodeJS.Timeout | undefined;
  const checkCpu = () => {
    const usedMs = cgroup.cpuUs() / 1000;
    if (usedMs > limits.cpuMs) {
      killedForCpu = true;
      kill();
      return;
    }
    // the whole tree cannot burn more than `cores` CPU-ms per wall-ms
    cpuTimer = setTimeout(checkCpu, Math.max(CPU_POLL_MIN_MS, (limits.cpuMs - usedMs) / cores));
  };
  cpuTimer = setTimeout(checkCpu, Math.max(CPU_POLL_MIN_MS, limits.cpuMs / cores));

  const exit = await new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, error }));
    child.once('close', (code) => resolve({ code }));
  });
  clearTimeout(wallTimer);
  clearTimeout(cpuTimer);
  const hostWallMs = performance.now() - started;
  if (exit.error) throw new SandboxError(`cannot start the sandbox: ${exit.error.message}`, 'launch-failed');

  const report = parseInitReport(statusLine);
  const cgroupCpuMs = cgroup.cpuUs() / 1000;
  const oomKilled = cgroup.oomKilled();
  const memoryKb = cgroup.memoryPeakKb() || (report?.maxRssKb ?? 0);
  const killed = killedForWall || killedForCpu || outputOverflow || oomKilled;
  if (report === null && !killed) {
    throw new SandboxError(
      `the sandbox ended without a report (launcher exit ${exit.code}): ${stderr.text().slice(0, 2_000)}`,
      'launch-failed',
    );
  }
  if (report !== null && report.execErrno !== 0) {
    const errno = errnoName(report.execErrno);
    throw new SandboxError(`cannot start ${options.argv[0]} in the sandbox: ${errno}`, 'exec-failed');
  }
  const { exitCode, signal } = report ? decodeWaitStatus(report.waitStatus) : { exitCode: null, signal: 'SIGKILL' };
  // the program's own CPU when init saw it end; the cgroup's when we had to kill the tree
  const cpuMs = report ? Math.round(report.cpuUs / 1000) : Math.round(cgroupCpuMs);
  const status = classify({
    exitCode,
    signal,
    cpuMs: Math.max(cpuMs, report ? cpuMs : cgroupCpuMs),
    cpuLimitMs: limits.cpuMs,
    killedForCpu,
    killedForWall,
    oomKilled,
    memoryLimitHit: cgroup.memoryLimitHit(),
    outputOverflow,
  });
  return {
    status,
    exitCode,
    signal,
    cpuMs,
    wallMs: report ? Math.round(report.wallUs / 1000) : Math.round(hostWallMs),
    memoryKb,
    stdout: stdout.text(),
    stderr: stderr.text(),
    stdoutTruncated: stdout.truncated,
    stderrTruncated: stderr.truncated,
  };
}

/**
 * Development only (a laptop without root): rlimits and seccomp through the launcher's init
 * step, a process group killed at the wall limit, no namespaces and no cgroups.
 */
async function runInsecure(
  launcher: string,
  options: RunOptions,
  limits: SandboxLimits,
  uid: number | undefined,
): Promise<SandboxResult> {
  const stdin = stdinOf(options);
  const child = spawn(launcher, [...initArgs(limits, uid), '--', ...options.argv], {
    stdio: [stdin.stdio, 'pipe', 'pipe', 'pipe'],
    cwd: options.workDir,
    env: sandboxEnv(options.env),
  });
  if (stdin.fd !== undefined) closeSync(stdin.fd);
  let killedForWall = false;
  let outputOverflow = false;
  // init kills the program's process group on SIGTERM, then reports and reaps
  const kill = () => {
    try {
      if (child.pid !== undefined) process.kill(child.pid, 'SIGTERM');
    } catch {
      // gone
    }
  };
  const stdout = new CappedOutput(limits.stdoutBytes, () => {
    outputOverflow = true;
    kill();
  });
  const stderr = new CappedOutput(limits.stderrBytes, () => {
    outputOverflow = true;
    kill();
  });
  stdout.attach(child.stdout as NonNullable<typeof child.stdout>);
  stderr.attach(child.stderr as NonNullable<typeof child.stderr>);
  let statusLine = '';
  (child.stdio[STATUS_FD] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
    statusLine += chunk.toString('utf8');
  });
  if (child.stdin) child.stdin.on('error', () => {}); // the program may never read, or close stdin early
  if (stdin.data !== undefined && child.stdin) child.stdin.end(stdin.data);
  options.onStart?.({ stdin: child.stdin, stdout: child.stdout as NonNullable<typeof child.stdout> });
  const started = performance.now();
  const timer = setTimeout(() => {
    killedForWall = true;
    kill();
  }, limits.wallMs);
  await new Promise((resolve) => child.once('close', resolve));
  clearTimeout(timer);
  const report = parseInitReport(statusLine);
  const { exitCode, signal } = report ? decodeWaitStatus(report.waitStatus) : { exitCode: null, signal: 'SIGKILL' };
  const cpuMs = report ? Math.round(report.cpuUs / 1000) : 0;
  return {
    status: classify({
      exitCode,
      signal,
      cpuMs,
      cpuLimitMs: limits.cpuMs,
      killedForCpu: false,
      killedForWall,
      oomKilled: false,
      memoryLimitHit: false,
      outputOverflow,
    }),
    exitCode,
    signal,
    cpuMs,
    wallMs: report ? Math.round(report.wallUs / 1000) : Math.round(performance.now() - started),
    memoryKb: report?.maxRssKb ?? 0,
    stdout: stdout.text(),
    stderr: stderr.text(),
    stdoutTruncated: stdout.truncated,
    stderrTruncated: stderr.truncated,
  };
}
