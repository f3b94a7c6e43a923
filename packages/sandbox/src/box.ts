/**
 * The prepared box: one bubblewrap sandbox per submission whose PID 1 (the launcher's zygote
 * step) forks a fresh program for each test. Shared between the runs of a box: namespaces,
 * mounts and the submission's own files. Fresh per run: the process, its cgroup leaf, rlimits,
 * seccomp filter and uid drop, its stdio, and a work dir and /tmp reset to the prepared state
 * after every process of the previous run is dead. See docs/SECURITY.md ("The prepared box").
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, copyFileSync, constants as fsConstants, openSync, statSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, unlink } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { connectTagged, emptyDir, frame, hostPidOf, onlyChild, ReplyChannel, WorkDirState } from './box-parts.ts';
import { runWatched } from './box-run.ts';
import type { CgroupDriver, RunCgroup } from './cgroup.ts';
import { SandboxError } from './errors.ts';
import { bwrapArgs, checkOptions, errnoName, handOver, resolveLimits, rlimitSpecs, sandboxEnv } from './launch-args.ts';
import { type BoxOptions, type BoxRunOptions, DEFAULT_LIMITS, type SandboxBox, type SandboxResult } from './types.ts';
import type { UidLease } from './uid-leases.ts';
import { SANDBOX_INIT_PATH, SANDBOX_WORK_DIR } from './view.ts';
import { createWorkDir, removeTree, removeWorkDir } from './work-dir.ts';

/** The box's private io dir inside the sandbox: root-only (0700), so the program cannot enter it. */
const BOX_IO_DIR = '/.verdict/io';
const BOX_SOCKET = `${BOX_IO_DIR}/ctl.sock`;
/** The stdin file of a run, copied by the host into the io dir (the zygote opens it by this name). */
const BOX_STDIN_FILE = 'stdin';
const BOX_DIR_PREFIX = 'box';

/** The box's own processes (bubblewrap's monitor, the zygote, its IPC cleaner). */
const BOX_CGROUP_LIMITS = { memoryKb: 64 * 1024, pids: 8 };
const READY_TIMEOUT_MS = 10_000;
/** Stdin files up to this size are copied without leaving the event loop. */
const SYNC_COPY_MAX_BYTES = 1024 * 1024;
/** How long the zygote may take to answer a command before the box counts as broken. */
const REPLY_TIMEOUT_MS = 10_000;
/** sun_path of a Unix socket holds 108 bytes with its NUL. */
const MAX_SOCKET_PATH = 107;

/** What a box needs from the sandbox that opens it. */
export interface BoxHost {
  launcher: string;
  bwrap: string;
  driver: CgroupDriver;
  baseView: string[];
  workRoot: string;
  /** A run uid leased host-wide (uid-leases.ts). */
  takeUid(): Promise<UidLease>;
  /** A cgroup name unique in this process (run-<pid>-<n>), so host checks find leftovers. */
  nextCgroupName(): string;
}

/** Opens a box. Used by Sandbox.openBox; see SandboxBox. */
export async function openBox(host: BoxHost, options: BoxOptions): Promise<SandboxBox> {
  const mounts = options.mounts ?? [];
  checkOptions({ argv: ['box'], mounts }, resolveLimits({ tmpKb: options.tmpKb ?? DEFAULT_LIMITS.tmpKb }));
  if (mounts.some((mount) => mount.writable)) {
    throw new SandboxError('a box takes read-only mounts only: its runs must not share state', 'bad-options');
  }
  // box-<pid>-*: a box of a process that died is found and removed by the sweep (removeStaleDirs)
  const boxDir = await createWorkDir(host.workRoot, { ownTmpfs: true, prefix: BOX_DIR_PREFIX });
  const ioDir = join(boxDir, 'io');
  const workDir = join(boxDir, 'work');
  await mkdir(ioDir, { mode: 0o700 });
  await mkdir(workDir, { mode: 0o700 });
  if (Buffer.byteLength(join(ioDir, 'ctl.sock')) > MAX_SOCKET_PATH) {
    await removeWorkDir(boxDir);
    throw new SandboxError(`the state dir is too deep for a Unix socket: ${ioDir}`, 'bad-options');
  }
  let lease: UidLease;
  try {
    lease = await host.takeUid();
  } catch (error) {
    await removeWorkDir(boxDir);
    throw error;
  }
  const { uid, release } = lease;
  let box: Box;
  try {
    box = new Box(host, uid, release, boxDir, options);
  } catch (error) {
    release();
    await removeWorkDir(boxDir);
    throw error;
  }
  try {
    await box.start(mounts, options.tmpKb ?? DEFAULT_LIMITS.tmpKb);
  } catch (error) {
    await box.close();
    throw error instanceof SandboxError
      ? error
      : new SandboxError(`cannot open a box: ${(error as Error).message}`, 'launch-failed', { cause: error });
  }
  return box;
}

class Box implements SandboxBox {
  private readonly cgroup: RunCgroup;
  private readonly workState: WorkDirState;
  private readonly replies = new ReplyChannel();
  private child: ChildProcess | null = null;
  private zygotePid = 0;
  private tmpFd: number | null = null;
  private broken: SandboxError | null = null;
  private closed = false;
  private runs = 0;
  /** Runs go one at a time, each after the previous one's clean-up. */
  private queue: Promise<unknown> = Promise.resolve();
  private lastCleanUp: Promise<void> = Promise.resolve();
  private stderrText = '';
  private readonly ioDir: string;
  private readonly workDir: string;

  constructor(
    private readonly host: BoxHost,
    private readonly uid: number,
    private readonly releaseUid: () => void,
    private readonly boxDir: string,
    options: BoxOptions,
  ) {
    this.ioDir = join(boxDir, 'io');
    this.workDir = join(boxDir, 'work');
    this.cgroup = host.driver.create(host.nextCgroupName(), BOX_CGROUP_LIMITS);
    this.workState = new WorkDirState(this.workDir, options.filesFrom);
  }

  async start(mounts: NonNullable<BoxOptions['mounts']>, tmpKb: number): Promise<void> {
    await this.workState.fill();
    handOver(this.workDir, this.uid);
    const argv = [
      'launch',
      ...this.cgroup.procsFiles.flatMap((file) => ['--cgroup', file]),
      '--',
      this.host.bwrap,
      ...bwrapArgs({
        base: this.host.baseView,
        workDir: this.workDir,
        tmpKb,
        mounts,
        env: sandboxEnv(undefined),
        cwd: SANDBOX_WORK_DIR,
        extraBinds: [{ host: this.ioDir, sandbox: BOX_IO_DIR }],
      }),
      '--',
      SANDBOX_INIT_PATH,
      'zygote',
      '--socket',
      BOX_SOCKET,
      '--uid',
      String(this.uid),
      '--gid',
      String(this.uid),
      '--seccomp',
    ];
    const child = spawn(this.host.launcher, argv, { stdio: ['pipe', 'pipe', 'pipe'], env: {} });
    this.child = child;
    this.replies.attach(child.stdout);
    child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderrText.length < 4_096) this.stderrText += chunk.toString('utf8');
    });
    child.stdin.on('error', () => {});
    child.once('error', (error) => this.breakBox(`cannot start the box: ${error.message}`));
    child.once('exit', (code, signal) => this.breakBox(`the box's init ended (exit ${code}, signal ${signal})`));
    const ready = await this.replies.next(READY_TIMEOUT_MS);
    if (ready !== 'ready') throw new SandboxError(`the box did not start: ${ready}`, 'launch-failed');
    this.zygotePid = onlyChild(child.pid as number);
    // held open so the reset never follows a path: the box's own /tmp, whatever happens to pids
    this.tmpFd = openSync(`/proc/${this.zygotePid}/root/tmp`, fsConstants.O_RDONLY | fsConstants.O_DIRECTORY);
  }

  private breakBox(why: string): void {
    if (this.broken) return;
    const detail = this.stderrText.trim();
    this.broken = new SandboxError(`${why}${detail ? `: ${detail.slice(0, 2_000)}` : ''}`, 'box-broken');
    this.replies.fail(this.broken);
  }

  private failure(): SandboxError {
    return this.broken ?? new SandboxError('the box broke', 'box-broken');
  }

  private send(fields: string[]): void {
    if (this.broken) throw this.broken;
    (this.child as ChildProcess).stdin?.write(frame(fields));
  }

  addFiles(from: string): Promise<void> {
    const added = this.queue.then(async () => {
      if (this.runs > 0) throw new SandboxError('files can be added to a box only before its first run', 'bad-options');
      if (this.closed) throw new SandboxError('the box is closed', 'box-broken');
      await this.workState.add(from);
    });
    this.queue = added.catch(() => {});
    return added;
  }

  run(options: BoxRunOptions): Promise<SandboxResult> {
    const result = this.queue.then(() => this.runNow(options));
    this.queue = result.catch(() => {});
    return result;
  }

  private async runNow(options: BoxRunOptions): Promise<SandboxResult> {
    await this.lastCleanUp;
    if (this.closed) throw new SandboxError('the box is closed', 'box-broken');
    if (this.broken) throw this.broken;
    const limits = resolveLimits(options.limits);
    checkOptions(options, limits);
    this.runs++;
    const leaf = this.host.driver.create(this.host.nextCgroupName(), limits);
    const sockets: Socket[] = [];
    try {
      const stdin = options.stdin;
      const stdinMode = stdin === undefined ? 'null' : 'file' in stdin ? 'file' : 'sock';
      // connected while the stdin file is copied; the zygote waits for them after "run"
      const socketPath = join(this.ioDir, 'ctl.sock');
      const stdout = connectTagged(socketPath, 'O');
      const stderr = connectTagged(socketPath, 'E');
      const input = stdinMode === 'sock' ? connectTagged(socketPath, 'I') : null;
      const connections = [stdout, stderr, ...(input ? [input] : [])];
      sockets.push(...connections.map((connection) => connection.socket));
      if (stdin !== undefined && 'file' in stdin) {
        try {
          // a small file is copied at once; a big one off the event loop
          if (statSync(stdin.file).size <= SYNC_COPY_MAX_BYTES)
            copyFileSync(stdin.file, join(this.ioDir, BOX_STDIN_FILE));
          else await copyFile(stdin.file, join(this.ioDir, BOX_STDIN_FILE));
        } catch (error) {
          throw new SandboxError(`cannot open stdin file ${stdin.file}`, 'bad-options', { cause: error });
        }
      }
      const env = Object.entries(sandboxEnv(options.env)).map(([key, value]) => `${key}=${value}`);
      const rlimits = rlimitSpecs(limits);
      this.send([
        'run',
        stdinMode,
        String(connections.length),
        options.cwd ?? SANDBOX_WORK_DIR,
        String(rlimits.length),
        ...rlimits,
        String(options.argv.length),
        ...options.argv,
        String(env.length),
        ...env,
      ]);
      const [forked] = await Promise.all([
        this.replies.next(REPLY_TIMEOUT_MS),
        ...connections.map((connection) => connection.connected),
      ]);
      const boxPid = /^forked (\d+)$/.exec(forked)?.[1];
      if (boxPid === undefined) throw new SandboxError(`the box refused the run: ${forked}`, 'box-broken');
      if (stdinMode === 'file') await unlink(join(this.ioDir, BOX_STDIN_FILE));
      const programPid = hostPidOf(this.zygotePid, Number(boxPid));
      // accounted and limited from its first instruction: it waits for "go" until it is in the leaf
      for (const file of leaf.procsFiles) writeFileSync(file, String(programPid));
      this.send(['go']);
      const result = await runWatched({
        leaf,
        limits,
        stdout: stdout.socket,
        stderr: stderr.socket,
        stdin: input?.socket ?? null,
        stdinData: stdin !== undefined && 'data' in stdin ? stdin.data : undefined,
        onStart: options.onStart,
        // the wall timer kills the program; an init that still does not report is broken
        done: this.replies.next(limits.wallMs + REPLY_TIMEOUT_MS),
      });
      if (result.execErrno !== 0) {
        throw new SandboxError(
          `cannot start ${options.argv[0]} in the sandbox: ${errnoName(result.execErrno)}`,
          'exec-failed',
        );
      }
      return result.result;
    } catch (error) {
      if (!(error instanceof SandboxError) || error.code === 'box-broken') {
        this.breakBox(error instanceof Error ? error.message : String(error));
      }
      throw error instanceof SandboxError ? error : this.failure();
    } finally {
      for (const socket of sockets) socket.destroy();
      // the next run starts only once this one is wholly gone and its files are reset
      this.lastCleanUp = this.cleanUp(leaf);
    }
  }

  private async cleanUp(leaf: RunCgroup): Promise<void> {
    try {
      await leaf.destroy();
      await removeTree(join(this.ioDir, BOX_STDIN_FILE));
      if (this.broken) return;
      await this.workState.reset(this.uid);
      await emptyDir(`/proc/${process.pid}/fd/${this.tmpFd}`);
    } catch (error) {
      this.breakBox(`cannot reset the box: ${(error as Error).message}`);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.catch(() => {});
    await this.lastCleanUp;
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin?.end();
      // the monitor's death takes the zygote (parent-death signal) and so the whole namespace
      child.kill('SIGKILL');
      await exited;
    }
    this.breakBox('the box is closed');
    try {
      await this.cgroup.destroy();
    } finally {
      if (this.tmpFd !== null) closeSync(this.tmpFd);
      this.tmpFd = null;
      await removeWorkDir(this.boxDir);
      this.releaseUid();
    }
  }
}
