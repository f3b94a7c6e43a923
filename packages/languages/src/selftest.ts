import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Sandbox } from '@verdict/sandbox';
import type { Language } from './load.ts';
import { compileProgram } from './program.ts';

/** Limits of a self-test run: enough for a JVM or BEAM to start on a busy machine. */
const SELFTEST_LIMITS = { cpuMs: 10_000, wallMs: 30_000, memoryKb: 512 * 1024 };

export interface SelftestResult {
  id: string;
  ok: boolean;
  /** What went wrong, in one line; null when the self-test passed. */
  problem: string | null;
  compileMs: number | null;
  runMs: number | null;
  stdout: string;
  stderr: string;
}

/** Trailing spaces of each line and trailing blank lines do not count. */
export function normalizeOutput(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

function firstLines(text: string, count = 5): string {
  return text.trim().split('\n').slice(0, count).join(' | ');
}

/**
 * Compiles and runs a language's self-test program in the sandbox and checks its output.
 * Throws only for sandbox failures (SandboxError); a broken toolchain is a failed result.
 */
export async function selftestLanguage(sandbox: Sandbox, language: Language): Promise<SelftestResult> {
  const content = await readFile(join(language.dir, language.selftest.file));
  const program = await compileProgram({ sandbox, language, files: [{ name: language.selftest.file, content }] });
  const compileMs = program.compile?.wallMs ?? null;
  try {
    if (!program.ok) {
      const compile = program.compile;
      const detail = compile ? `${compile.status}: ${firstLines(compile.stderr || compile.stdout)}` : '';
      return {
        id: language.id,
        ok: false,
        problem: `compile failed (${detail})`,
        compileMs,
        runMs: null,
        stdout: compile?.stdout ?? '',
        stderr: compile?.stderr ?? '',
      };
    }
    const result = await program.run({ stdin: { data: language.selftest.stdin }, limits: SELFTEST_LIMITS });
    const base = { id: language.id, compileMs, runMs: result.wallMs, stdout: result.stdout, stderr: result.stderr };
    if (result.status !== 'ok') {
      const signal = result.signal ? ` ${result.signal}` : '';
      return {
        ...base,
        ok: false,
        problem: `run ended ${result.status}${signal} (exit ${result.exitCode}): ${firstLines(result.stderr)}`,
      };
    }
    if (normalizeOutput(result.stdout) !== normalizeOutput(language.selftest.expected)) {
      return {
        ...base,
        ok: false,
        problem: `printed ${JSON.stringify(firstLines(result.stdout, 2))}, expected ${JSON.stringify(normalizeOutput(language.selftest.expected))}`,
      };
    }
    return { ...base, ok: true, problem: null };
  } finally {
    await program.dispose();
  }
}
