import type { Readable, Writable } from 'node:stream';

/** How a sandboxed run ended, from the program's point of view. */
export type SandboxStatus =
  | 'ok'
  | 'runtime-error'
  | 'signaled'
  | 'time-limit'
  | 'wall-time-limit'
  | 'memory-limit'
  | 'output-limit';

export const SANDBOX_STATUSES: readonly SandboxStatus[] = [
  'ok',
  'runtime-error',
  'signaled',
  'time-limit',
  'wall-time-limit',
  'memory-limit',
  'output-limit',
];

/** Resource limits of one run. Every field has a default (see DEFAULT_LIMITS). */
export interface SandboxLimits {
  /** CPU time of the whole process tree. */
  cpuMs: number;
  /** Real time from start to end; ends sleeping and blocked programs. */
  wallMs: number;
  /** Memory of the whole process tree (RSS + page cache + tmpfs), swap off. */
  memoryKb: number;
  /** Processes and threads alive at once. */
  pids: number;
  /** Captured stdout; excess is cut and the run ends as output-limit. */
  stdoutBytes: number;
  /** Captured stderr; excess is cut and the run ends as output-limit. */
  stderrBytes: number;
  /** Largest file the program may write. */
  fileSizeKb: number;
  /** Open file descriptors per process. */
  openFiles: number;
  /** Stack size per process. */
  stackKb: number;
  /** Size of the private /tmp. */
  tmpKb: number;
}

export const DEFAULT_LIMITS: SandboxLimits = {
  cpuMs: 2_000,
  wallMs: 6_000,
  memoryKb: 256 * 1024,
  pids: 64,
  stdoutBytes: 64 * 1024 * 1024,
  stderrBytes: 64 * 1024,
  fileSizeKb: 64 * 1024,
  openFiles: 256,
  stackKb: 256 * 1024,
  tmpKb: 64 * 1024,
};

/** A host path made visible inside the sandbox. */
export interface SandboxMount {
  /** Host path (file or directory). */
  host: string;
  /** Path inside the sandbox; defaults to the host path. */
  sandbox?: string;
  /** Read-write instead of read-only. Only for directories the caller owns. */
  writable?: boolean;
  /** Skip silently when the host path does not exist (toolchain paths differ between hosts). */
  optional?: boolean;
}

/**
 * Where the program's stdin comes from: a host file (opened by the host, never visible inside),
 * bytes, or a stream the caller writes through `onStart` (interactive problems).
 */
export type SandboxStdin = { file: string } | { data: string | Uint8Array } | { stream: true };

/** The live ends of a run's stdin and stdout, for callers that converse with the program. */
export interface SandboxIo {
  /** null unless stdin is `{ stream: true }`. */
  stdin: Writable | null;
  /** Everything the program writes; it is captured (up to the cap) as well. */
  stdout: Readable;
}

export interface RunOptions {
  /** Program and arguments; argv[0] is looked up in PATH inside the sandbox. */
  argv: string[];
  /** Host directory mounted read-write at /box; the program's working directory. */
  workDir: string;
  /** Working directory inside the sandbox; defaults to /box. */
  cwd?: string;
  stdin?: SandboxStdin;
  /** Environment of the program; PATH, HOME, LANG and TMPDIR are set unless given. */
  env?: Record<string, string>;
  /** Extra read-only (or writable) paths the toolchain needs beyond the base view. */
  mounts?: SandboxMount[];
  limits?: Partial<SandboxLimits>;
  /** Called once the program is started, with its stdin and stdout streams. */
  onStart?: (io: SandboxIo) => void;
}

export interface SandboxResult {
  status: SandboxStatus;
  /** Exit code when the program exited; null when a signal ended it. */
  exitCode: number | null;
  /** Signal name (SIGSEGV, SIGKILL, ...) when a signal ended the program. */
  signal: string | null;
  cpuMs: number;
  wallMs: number;
  /** Peak memory of the run's process tree. */
  memoryKb: number;
  stdout: string;
  stderr: string;
  stdoutTruncated: boolean;
  stderrTruncated: boolean;
}

/** What the machine lets the sandbox do; `verdict doctor`-style diagnostics print it. */
export interface SandboxCapabilities {
  secure: boolean;
  cgroup: 'v1' | 'v2' | 'none';
  bwrap: string | null;
  /** Why the sandbox is not secure, when it is not. */
  problems: string[];
}

/** Options of createSandbox(). Libraries take options; only apps read the environment. */
export interface SandboxOptions {
  /** Host directory for work dirs and generated files; defaults to /var/tmp/verdict-sandbox. */
  stateDir?: string;
  /** Which cgroup hierarchy to use; 'auto' picks v2 on a pure v2 host, else v1. */
  cgroup?: 'auto' | 'v1' | 'v2';
  /**
   * Run without cgroups or namespaces when the host cannot provide them. Development only:
   * untrusted code must never run this way.
   */
  insecure?: boolean;
  /** First uid/gid of the pool of unprivileged ids handed to concurrent runs. */
  uidBase?: number;
  /** Size of the uid pool, which is also the most runs at once. */
  uidCount?: number;
  /** Path of the bubblewrap binary; found on PATH when not given. */
  bwrap?: string;
  /**
   * Mount cgroups with favordynmods (machine-wide) so moving a test's process into its cgroup
   * never waits for an RCU grace period; default true, best effort (see cgroup-moves.ts).
   */
  favourCgroupMoves?: boolean;
}

/** Options of Sandbox.openBox(): what every run of the box shares. */
export interface BoxOptions {
  /**
   * Host directory whose regular files and folders are copied into /box before each run
   * (the compiled program). Copied once; what a run changes is undone before the next.
   */
  filesFrom?: string;
  /** Extra read-only toolchain paths, as for run(). Writable mounts are refused: runs must not share state. */
  mounts?: SandboxMount[];
  /** Size of the box's private /tmp (emptied between runs); defaults to DEFAULT_LIMITS.tmpKb. */
  tmpKb?: number;
}

/** One run in a box. Limits are the run's own; tmpKb is the box's. */
export interface BoxRunOptions {
  argv: string[];
  /** Working directory inside the sandbox; defaults to /box. */
  cwd?: string;
  stdin?: SandboxStdin;
  env?: Record<string, string>;
  limits?: Partial<SandboxLimits>;
  onStart?: (io: SandboxIo) => void;
}

/**
 * A prepared box: namespaces, mounts and the program's files set up once, then each run is a
 * fresh process with its own cgroup, rlimits, seccomp filter and the run uid, in a work dir and
 * /tmp reset to the prepared state, with every process of the previous run gone.
 */
export interface SandboxBox {
  /**
   * Copies a host dir's regular files and folders into /box as part of the prepared state, for
   * a box opened before the program was compiled. Only before the first run.
   */
  addFiles(from: string): Promise<void>;
  /** Same result and statuses as Sandbox.run. Runs one at a time; throws SandboxError when the box broke. */
  run(options: BoxRunOptions): Promise<SandboxResult>;
  /** Ends the box: kills its processes, removes its cgroups and directories. */
  close(): Promise<void>;
}

/** One sandbox per process; run() may be called concurrently. */
export interface Sandbox {
  readonly capabilities: SandboxCapabilities;
  /** Runs one program under limits and reports what happened. Throws SandboxError on our own failures. */
  run(options: RunOptions): Promise<SandboxResult>;
  /**
   * Prepares a box for many runs of one submission's program (one per test). Absent on a host
   * that cannot isolate (the insecure development mode runs every test one-shot) and on test
   * doubles; callers then use run().
   *
   * @example
   * const box = await sandbox.openBox({ filesFrom: compiledDir });
   * try {
   *   const result = await box.run({ argv: ['./main'], stdin: { file: input }, limits: { cpuMs: 1000 } });
   * } finally {
   *   await box.close();
   * }
   */
  openBox?(options: BoxOptions): Promise<SandboxBox>;
  /** Makes a fresh, empty work directory on the host for one run (or one compile). */
  createWorkDir(): Promise<string>;
  /**
   * Copies regular files and directories from a used work dir into a fresh one. Symlinks,
   * devices, fifos and sockets are skipped and nothing is followed, so a program cannot steer
   * the host into writing or reading elsewhere (the Judge0 CVE-2024-28185 pattern).
   */
  copyWorkDir(from: string, to: string): Promise<void>;
  /** Removes a work dir without following any link inside it. */
  removeWorkDir(path: string): Promise<void>;
}
