import { constants as fsConstants } from 'node:fs';
import { chmod, copyFile, lstat, mkdir, open, writeFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import type {
  BoxOptions,
  RunOptions,
  Sandbox,
  SandboxBox,
  SandboxLimits,
  SandboxResult,
  SandboxStatus,
} from '@verdict/sandbox';
import { checkCarried, SandboxError } from '@verdict/sandbox';
import { type EntryClass, entryClassOf } from './entry-class.ts';
import type { Language } from './load.ts';
import { expandArgv, expandEnv, expandPlaceholders } from './placeholders.ts';

/**
 * Limits of a compile step unless the language overrides them. Generous for real compilers
 * (GHC, rustc and kotlinc need seconds and hundreds of MiB) yet finite, so a template bomb
 * ends as a compile error instead of a hung worker.
 */
export const DEFAULT_COMPILE_LIMITS: SandboxLimits = {
  cpuMs: 30_000,
  wallMs: 60_000,
  memoryKb: 1024 * 1024,
  pids: 64,
  stdoutBytes: 256 * 1024,
  stderrBytes: 256 * 1024,
  fileSizeKb: 256 * 1024,
  openFiles: 256,
  stackKb: 256 * 1024,
  tmpKb: 256 * 1024,
};

/** Share of the compile memory limit handed to a compiler VM's heap through {memoryMb}. */
const COMPILE_HEAP_SHARE = 0.75;

/** One file of a submission. */
export interface SourceFile {
  /** Relative path inside the work dir, e.g. "main.cpp" or "lib/util.h". */
  name: string;
  content: string | Uint8Array;
}

export interface CompileOptions {
  sandbox: Sandbox;
  language: Language;
  /**
   * The submission's files. The first is the entry point and is written under the language's
   * source name (main.cpp, Main.java); the others keep their names.
   */
  files: readonly SourceFile[];
  /** Overrides of the language's compile limits. */
  limits?: Partial<SandboxLimits>;
}

/** What the compile step did; `ok` is false for a compile error or a compile limit. */
export interface CompileReport {
  ok: boolean;
  status: SandboxStatus;
  exitCode: number | null;
  signal: string | null;
  cpuMs: number;
  wallMs: number;
  memoryKb: number;
  stdout: string;
  stderr: string;
}

/** Time and memory of a run before the language's multipliers; other limits optional. */
export type ProgramRunLimits = Pick<SandboxLimits, 'cpuMs' | 'wallMs' | 'memoryKb'> &
  Partial<Omit<SandboxLimits, 'cpuMs' | 'wallMs' | 'memoryKb'>>;

export interface ProgramRunOptions {
  stdin?: RunOptions['stdin'];
  limits: ProgramRunLimits;
  onStart?: RunOptions['onStart'];
  /** Extra read-only host paths, e.g. a validator's test data. */
  mounts?: RunOptions['mounts'];
  /** Arguments appended to the language's run command. */
  args?: string[];
  /** Host files copied into the run's work dir before it starts (a validator's input and answer). */
  files?: { name: string; from: string }[];
  /** Empty folders made in the work dir, writable by the program (a validator's feedback dir). */
  dirs?: string[];
  /** Files read back from the work dir after the run (at most COLLECT_BYTES each); see ProgramRunResult. */
  collect?: string[];
  /** Most bytes read back of each collected file (default COLLECT_BYTES): a generator's test data is larger. */
  collectBytes?: number;
}

/** A run's result plus the files asked for with `collect` (null when absent or not a plain file). */
export interface ProgramRunResult extends SandboxResult {
  collected: Record<string, string | null>;
}

/** Most bytes read back of one collected file (a validator's judgemessage.txt). */
export const COLLECT_BYTES = 64 * 1024;

/**
 * Reads a file the program may have written. The run has ended, so nothing can swap paths any
 * more; every component is still checked not to be a symlink, and the open refuses one.
 */
async function readCollected(dir: string, name: string, maxBytes = COLLECT_BYTES): Promise<string | null> {
  const parts = checkFileName(name).split('/');
  let path = dir;
  let size = 0;
  for (const [index, part] of parts.entries()) {
    path = join(path, part);
    let stat: Awaited<ReturnType<typeof lstat>>;
    try {
      stat = await lstat(path);
    } catch {
      return null;
    }
    const last = index === parts.length - 1;
    if (last ? !stat.isFile() : !stat.isDirectory()) return null;
    size = Number(stat.size);
  }
  const handle = await open(path, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW);
  try {
    const length = Math.min(size, maxBytes);
    const buffer = Buffer.alloc(length);
    const { bytesRead } = length === 0 ? { bytesRead: 0 } : await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** What a run in a box takes: the same as a one-shot run, without files to add or collect. */
export type ProgramBoxRunOptions = Pick<ProgramRunOptions, 'stdin' | 'limits' | 'onStart' | 'args'>;

/** Many runs of one program in one prepared sandbox box (one per submission); see Sandbox.openBox. */
export interface ProgramBox {
  run(options: ProgramBoxRunOptions): Promise<SandboxResult>;
  close(): Promise<void>;
}

/** A compiled (or, for interpreted languages, prepared) program that can be run many times. */
export interface Program {
  readonly language: Language;
  /** null for languages without a compile step. */
  readonly compile: CompileReport | null;
  /** False when compilation failed; run() then throws. */
  readonly ok: boolean;
  /** Runs in a fresh work dir holding a copy of what compilation left; nothing carries over. */
  run(options: ProgramRunOptions): Promise<ProgramRunResult>;
  /**
   * Opens a box for many runs (the tests of a submission): each run is a fresh process in a
   * reset work dir, without setting the sandbox up again. `limits` decide the box's /tmp size.
   * null when the sandbox cannot open boxes (a test double): use run() then. Close it when done.
   */
  openBox(options: {
    limits: ProgramRunLimits;
    /** A box opened (with boxOptionsFor) while this program compiled; it receives the program's files. */
    box?: SandboxBox | null;
  }): Promise<ProgramBox | null>;
  /** Removes the compile work dir. */
  dispose(): Promise<void>;
}

/** A submitted file name that would escape the work dir or clash with the entry point. */
export class SourceFileError extends Error {
  override readonly name = 'SourceFileError';
}

function checkFileName(name: string): string {
  const clean = normalize(name);
  if (clean.startsWith('/') || clean === '..' || clean.startsWith('../') || clean === '.' || clean.includes('\0')) {
    throw new SourceFileError(`file name "${name}" must be a relative path inside the submission`);
  }
  return clean;
}

/** The entry file's name and classes: `source`, or for a class-based language what its code declares. */
interface Entry {
  fileName: string;
  classes: EntryClass;
}

function entryOf(language: Language, files: readonly SourceFile[]): Entry {
  const stem = language.source.replace(/\.[^.]*$/, '');
  const first = files[0];
  if (language.entryClass === undefined || first === undefined) {
    return { fileName: language.source, classes: { mainClass: stem, fileClass: stem } };
  }
  const content = typeof first.content === 'string' ? first.content : Buffer.from(first.content).toString('utf8');
  const classes = entryClassOf(language.entryClass, content);
  const file = language.entryClass.file;
  const fileName =
    file === undefined ? language.source : expandPlaceholders(file, { ...classes, memoryMb: '0', source: '' });
  return { fileName, classes };
}

async function writeSources(
  dir: string,
  entry: Entry,
  language: Language,
  files: readonly SourceFile[],
): Promise<string[]> {
  if (files.length === 0) throw new SourceFileError('a submission needs at least one source file');
  const written = new Set<string>();
  for (const [index, file] of files.entries()) {
    const name = index === 0 ? entry.fileName : checkFileName(file.name);
    if (written.has(name)) {
      throw new SourceFileError(`file "${file.name}" clashes with "${name}", the name the entry file is saved as`);
    }
    written.add(name);
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true, mode: 0o755 });
    await writeFile(path, file.content, { mode: 0o644, flag: 'wx' });
  }
  // what {sources} expands to: the entry file, then the other files of this language
  return [...written].filter(
    (name) => language.extensions.some((extension) => name.endsWith(extension)) || name === entry.fileName,
  );
}

/**
 * How to open a box for this language's runs under these limits, or null when its runs cannot
 * share one (a writable toolchain mount). Lets a caller open the box while the program compiles.
 */
export function boxOptionsFor(language: Language, limits: ProgramRunLimits): BoxOptions | null {
  if (language.mounts.some((mount) => mount.writable)) return null;
  return { mounts: language.mounts, tmpKb: runLimitsFor(language, limits).tmpKb };
}

/** The effective limits of a run: the problem's limits scaled by the language, then its overrides. */
export function runLimitsFor(language: Language, limits: ProgramRunLimits): Partial<SandboxLimits> {
  return {
    ...limits,
    ...language.runLimits,
    cpuMs: Math.ceil(limits.cpuMs * language.timeMultiplier),
    wallMs: Math.ceil(limits.wallMs * language.timeMultiplier),
    memoryKb: Math.ceil(limits.memoryKb * language.memoryMultiplier) + language.extraMemoryMb * 1024,
  };
}

function placeholderValues(entry: Entry, memoryMb: number) {
  return { memoryMb: String(Math.max(16, Math.floor(memoryMb))), source: entry.fileName, ...entry.classes };
}

/**
 * Code runs while compiling (Template Haskell, Nim `static:`, ...), so what a compile leaves is
 * the user's: past CARRY_LIMITS it is a compile error, never a failure of ours.
 */
async function refuseOversizedOutput(dir: string, compile: CompileReport): Promise<CompileReport> {
  try {
    await checkCarried(dir);
    return compile;
  } catch (error) {
    if (!(error instanceof SandboxError) || error.code !== 'files-limit') throw error;
    return {
      ...compile,
      ok: false,
      stderr: `${compile.stderr}${compile.stderr.endsWith('\n') || compile.stderr === '' ? '' : '\n'}${error.message}\n`,
    };
  }
}

/**
 * Writes the files into a fresh work dir and runs the language's compile step in the sandbox.
 * The returned program runs each time in a new work dir; call dispose() when done with it.
 *
 * @example
 * const program = await compileProgram({ sandbox, language, files: [{ name: 'a.cpp', content }] });
 * try {
 *   if (program.ok) await program.run({ stdin: { data: '1 2' }, limits: { cpuMs: 1000, wallMs: 3000, memoryKb: 262144 } });
 * } finally {
 *   await program.dispose();
 * }
 */
export async function compileProgram(options: CompileOptions): Promise<Program> {
  const { sandbox, language } = options;
  const entry = entryOf(language, options.files);
  const compileDir = await sandbox.createWorkDir();
  let compile: CompileReport | null = null;
  try {
    const sources = await writeSources(compileDir, entry, language, options.files);
    if (language.compile !== undefined) {
      const limits = { ...DEFAULT_COMPILE_LIMITS, ...language.compileLimits, ...options.limits };
      const values = placeholderValues(entry, (limits.memoryKb / 1024) * COMPILE_HEAP_SHARE);
      const result = await sandbox.run({
        argv: expandArgv(language.compile, values, sources),
        workDir: compileDir,
        env: expandEnv(language.env, values),
        mounts: language.mounts,
        limits,
        stdin: { data: '' },
      });
      compile = {
        ok: result.status === 'ok',
        status: result.status,
        exitCode: result.exitCode,
        signal: result.signal,
        cpuMs: result.cpuMs,
        wallMs: result.wallMs,
        memoryKb: result.memoryKb,
        stdout: result.stdout,
        stderr: result.stderr,
      };
      if (compile.ok) compile = await refuseOversizedOutput(compileDir, compile);
    }
  } catch (error) {
    await sandbox.removeWorkDir(compileDir);
    throw error;
  }
  const ok = compile === null || compile.ok;
  let disposed = false;
  return {
    language,
    compile,
    ok,
    async run(runOptions) {
      if (!ok) throw new Error(`${language.id}: cannot run a program that did not compile`);
      if (disposed) throw new Error(`${language.id}: program already disposed`);
      const limits = runLimitsFor(language, runOptions.limits);
      const values = placeholderValues(entry, (runOptions.limits.memoryKb / 1024) * language.memoryMultiplier);
      const runDir = await sandbox.createWorkDir();
      try {
        await sandbox.copyWorkDir(compileDir, runDir);
        for (const file of runOptions.files ?? []) {
          await copyFile(file.from, join(runDir, checkFileName(file.name)), fsConstants.COPYFILE_EXCL);
          await chmod(join(runDir, checkFileName(file.name)), 0o644);
        }
        for (const dir of runOptions.dirs ?? []) {
          await mkdir(join(runDir, checkFileName(dir)), { recursive: true });
          await chmod(join(runDir, checkFileName(dir)), 0o777);
        }
        const result = await sandbox.run({
          argv: [...expandArgv(language.run, values), ...(runOptions.args ?? [])],
          workDir: runDir,
          env: expandEnv(language.env, values),
          mounts: [...language.mounts, ...(runOptions.mounts ?? [])],
          limits,
          stdin: runOptions.stdin ?? { data: '' },
          onStart: runOptions.onStart,
        });
        const collected: Record<string, string | null> = {};
        for (const name of runOptions.collect ?? [])
          collected[name] = await readCollected(runDir, name, runOptions.collectBytes);
        return { ...result, collected };
      } finally {
        await sandbox.removeWorkDir(runDir);
      }
    },
    async openBox(boxOptions) {
      if (!ok) throw new Error(`${language.id}: cannot run a program that did not compile`);
      if (disposed) throw new Error(`${language.id}: program already disposed`);
      let box: SandboxBox;
      if (boxOptions.box) {
        box = boxOptions.box;
        await box.addFiles(compileDir);
      } else {
        const options = boxOptionsFor(language, boxOptions.limits);
        if (sandbox.openBox === undefined || options === null) return null;
        box = await sandbox.openBox({ ...options, filesFrom: compileDir });
      }
      return {
        run: (runOptions) => {
          const values = placeholderValues(entry, (runOptions.limits.memoryKb / 1024) * language.memoryMultiplier);
          return box.run({
            argv: [...expandArgv(language.run, values), ...(runOptions.args ?? [])],
            env: expandEnv(language.env, values),
            limits: runLimitsFor(language, runOptions.limits),
            stdin: runOptions.stdin ?? { data: '' },
            onStart: runOptions.onStart,
          });
        },
        close: () => box.close(),
      };
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      await sandbox.removeWorkDir(compileDir);
    },
  };
}
