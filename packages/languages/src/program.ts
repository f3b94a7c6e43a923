import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import type { RunOptions, Sandbox, SandboxLimits, SandboxResult, SandboxStatus } from '@verdict/sandbox';
import type { Language } from './load.ts';
import { expandArgv, expandEnv } from './placeholders.ts';

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
}

/** A compiled (or, for interpreted languages, prepared) program that can be run many times. */
export interface Program {
  readonly language: Language;
  /** null for languages without a compile step. */
  readonly compile: CompileReport | null;
  /** False when compilation failed; run() then throws. */
  readonly ok: boolean;
  /** Runs in a fresh work dir holding a copy of what compilation left; nothing carries over. */
  run(options: ProgramRunOptions): Promise<SandboxResult>;
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

async function writeSources(dir: string, language: Language, files: readonly SourceFile[]): Promise<void> {
  if (files.length === 0) throw new SourceFileError('a submission needs at least one source file');
  const written = new Set<string>();
  for (const [index, file] of files.entries()) {
    const name = index === 0 ? language.source : checkFileName(file.name);
    if (written.has(name)) {
      throw new SourceFileError(`file "${file.name}" clashes with "${name}", the name the entry file is saved as`);
    }
    written.add(name);
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true, mode: 0o755 });
    await writeFile(path, file.content, { mode: 0o644, flag: 'wx' });
  }
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

function placeholderValues(language: Language, memoryMb: number) {
  return { memoryMb: String(Math.max(16, Math.floor(memoryMb))), source: language.source };
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
  const compileDir = await sandbox.createWorkDir();
  let compile: CompileReport | null = null;
  try {
    await writeSources(compileDir, language, options.files);
    if (language.compile !== undefined) {
      const limits = { ...DEFAULT_COMPILE_LIMITS, ...language.compileLimits, ...options.limits };
      const values = placeholderValues(language, (limits.memoryKb / 1024) * COMPILE_HEAP_SHARE);
      const result = await sandbox.run({
        argv: expandArgv(language.compile, values),
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
      const values = placeholderValues(language, (runOptions.limits.memoryKb / 1024) * language.memoryMultiplier);
      const runDir = await sandbox.createWorkDir();
      try {
        await sandbox.copyWorkDir(compileDir, runDir);
        return await sandbox.run({
          argv: [...expandArgv(language.run, values), ...(runOptions.args ?? [])],
          workDir: runDir,
          env: expandEnv(language.env, values),
          mounts: [...language.mounts, ...(runOptions.mounts ?? [])],
          limits,
          stdin: runOptions.stdin ?? { data: '' },
          onStart: runOptions.onStart,
        });
      } finally {
        await sandbox.removeWorkDir(runDir);
      }
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      await sandbox.removeWorkDir(compileDir);
    },
  };
}
