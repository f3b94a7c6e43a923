import {
  customFunctionTests,
  type FunctionOutcome,
  FunctionRunner,
  type FunctionTest,
  functionSources,
  JudgeSetupError,
  stringifyJson,
  type Verdict,
  verdictOfRun,
  wallLimitMs,
} from '@verdict/judge';
import { compileProgram, type Program, type ProgramRunLimits, type SourceFile } from '@verdict/languages';
import type { FunctionSignature, Problem } from '@verdict/problems';
import type { Execution, RunJob, RunOutcome } from '@verdict/protocol';
import type { SandboxResult } from '@verdict/sandbox';
import { causeOf, findLanguage, type JobContext, type Settlement } from './context.ts';
import { describeError } from './logger.ts';
import type { CachedProblem } from './problem-cache.ts';
import { compileOutput } from './submit.ts';

/** Limits of a run that names no problem (or one without a time limit). */
export const RUN_DEFAULT_CPU_MS = 2_000;
export const RUN_DEFAULT_MEMORY_KB = 256 * 1024;
/** Output a run without a problem may write before it ends as output-limit. */
export const RUN_DEFAULT_OUTPUT_BYTES = 8 * 1024 * 1024;
/** Of stdout and of stderr, this much is shown; the rest is cut (stdoutTruncated says so). */
export const RUN_SHOWN_OUTPUT_BYTES = 64 * 1024;

/**
 * Runs the user's code on their input (and the problem's reference solution on the same input)
 * and reports both. A failure of ours is retried; the last attempt reports status "error".
 */
export async function handleRun(ctx: JobContext, job: RunJob, attempt: number): Promise<Settlement> {
  const key = `run:${job.id}`;
  let outcome = ctx.unsent.get<RunOutcome>(key);
  if (!outcome) {
    try {
      outcome = await execute(ctx, job);
    } catch (error) {
      if (attempt < ctx.maxAttempts) {
        ctx.logger.warn({ id: job.id, attempt, ...describeError(error) }, 'the run failed; it will be retried');
        return { settle: 'nak', result: 'retry' };
      }
      ctx.logger.error(
        { id: job.id, attempt, alert: true, ...describeError(error) },
        'the run failed on every attempt',
      );
      outcome = {
        status: 'error',
        compileOutput: null,
        run: null,
        expected: null,
        message: `the run failed ${attempt} times (${causeOf(error)}); the operators were told. This is not a fault of your code.`,
      };
    }
  }
  try {
    await ctx.link.finishRun(job.id, outcome);
  } catch (error) {
    ctx.unsent.set(key, outcome);
    ctx.logger.warn({ id: job.id, ...describeError(error) }, 'storing the run failed; the job goes back to the queue');
    return { settle: 'nak', result: 'outcome not stored' };
  }
  ctx.unsent.delete(key);
  return { settle: 'ack', result: outcome.status === 'ok' ? (outcome.run?.verdict ?? 'ok') : outcome.status };
}

async function execute(ctx: JobContext, job: RunJob): Promise<RunOutcome> {
  const language = findLanguage(ctx.languages, job.language);
  const lease = job.packageHash === null ? null : await ctx.problems.acquire(job.packageHash);
  try {
    const limits = runLimits(lease?.problem.prepared.problem ?? null);
    const signature = lease?.problem.prepared.problem.function;
    let files: SourceFile[] = [{ name: language.source, content: job.code }];
    let custom: FunctionTest[] | null = null;
    if (signature) {
      // a function problem: the input is the JSON arguments, the code runs with the generated driver
      const built = functionSources(signature, language, files);
      if (!built.ok) return { status: 'ok', compileOutput: null, run: null, expected: null, message: built.reason };
      files = built.files;
      try {
        custom = customFunctionTests(signature, job.stdin);
      } catch (error) {
        if (!(error instanceof JudgeSetupError)) throw error;
        // the user's own input: said as such, never as an internal error
        return { status: 'input-error', compileOutput: null, run: null, expected: null, message: error.message };
      }
    }
    const program = await compileProgram({ sandbox: ctx.sandbox, language, files });
    try {
      const shownCompile = program.compile ? compileOutput(program.compile) || null : null;
      if (!program.ok) {
        return { status: 'compile-error', compileOutput: shownCompile, run: null, expected: null, message: null };
      }
      if (custom && signature && lease) {
        const [run, expected] = await Promise.all([
          runFunction(program, signature, custom, limits),
          runFunctionReference(ctx, job, lease.problem, custom, limits),
        ]);
        const message =
          expected === null ? 'no reference solution of this problem runs here, so there is no expected output' : null;
        return { status: 'ok', compileOutput: shownCompile, run, expected, message };
      }
      const [run, expected] = await Promise.all([
        program.run({ stdin: { data: job.stdin }, limits }),
        lease ? runReference(ctx, job, lease.problem, limits) : null,
      ]);
      const message =
        lease && expected === null
          ? 'no reference solution of this problem runs here, so there is no expected output'
          : null;
      return { status: 'ok', compileOutput: shownCompile, run: executionOf(run), expected, message };
    } finally {
      await program.dispose();
    }
  } finally {
    lease?.release();
  }
}

/** The problem's limits, or the defaults of a free run. */
export function runLimits(problem: Problem | null): ProgramRunLimits {
  const cpuMs = problem?.limits.timeLimitMs ?? RUN_DEFAULT_CPU_MS;
  return {
    cpuMs,
    wallMs: wallLimitMs(cpuMs),
    memoryKb: problem ? problem.limits.memoryMb * 1024 : RUN_DEFAULT_MEMORY_KB,
    stdoutBytes: problem ? problem.limits.outputMb * 1024 * 1024 : RUN_DEFAULT_OUTPUT_BYTES,
  };
}

/** The reference solution on the run's input; null (and a log line) when it cannot run. */
async function runReference(
  ctx: JobContext,
  job: RunJob,
  problem: CachedProblem,
  limits: ProgramRunLimits,
): Promise<Execution | null> {
  let reference: Program | null;
  try {
    reference = await problem.reference();
  } catch (error) {
    ctx.logger.warn({ id: job.id, problem: job.problemId, ...describeError(error) }, 'the reference solution failed');
    return null;
  }
  if (!reference) return null;
  return executionOf(await reference.run({ stdin: { data: job.stdin }, limits }));
}

function cut(text: string): { text: string; cut: boolean } {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= RUN_SHOWN_OUTPUT_BYTES) return { text, cut: false };
  // a multi-byte character split at the cut decodes as U+FFFD; drop it
  return {
    text: bytes
      .subarray(0, RUN_SHOWN_OUTPUT_BYTES)
      .toString('utf8')
      .replace(/\uFFFD$/, ''),
    cut: true,
  };
}

/** A sandbox result as the API shows it: the verdict it would get, the output cut for display. */
export function executionOf(result: SandboxResult): Execution {
  const stdout = cut(result.stdout);
  const stderr = cut(result.stderr);
  return {
    status: result.status,
    verdict: verdictOfRun(result),
    exitCode: result.exitCode,
    cpuMs: result.cpuMs,
    wallMs: result.wallMs,
    memoryKb: result.memoryKb,
    stdout: stdout.text,
    stderr: stderr.text,
    stdoutTruncated: result.stdoutTruncated || stdout.cut,
  };
}

/**
 * A function problem's code on custom input, in the sandbox with the generated driver, all calls
 * in one process: stdout shows each returned value as a JSON line, stderr what the code printed
 * and, when a call failed, why (the calls after it do not run).
 */
async function runFunction(
  program: Program,
  signature: FunctionSignature,
  tests: FunctionTest[],
  limits: ProgramRunLimits,
): Promise<Execution> {
  const runner = new FunctionRunner({
    program,
    prepared: { signature, tests, indexByInput: new Map() },
    timeLimitMs: limits.cpuMs,
    memoryKb: limits.memoryKb,
    stdoutBytes: limits.stdoutBytes ?? RUN_DEFAULT_OUTPUT_BYTES,
    wallLimitMs,
  });
  const values: string[] = [];
  const printed: string[] = [];
  let failed: FunctionOutcome | null = null;
  let cpuMs = 0;
  let wallMs = 0;
  let memoryKb = 0;
  try {
    for (let index = 0; index < tests.length && !failed; index++) {
      const outcome = await runner.judge(index);
      cpuMs += outcome.cpuMs;
      wallMs += outcome.wallMs;
      memoryKb = Math.max(memoryKb, outcome.memoryKb);
      if (outcome.output) printed.push(outcome.output.replace(/\n$/, ''));
      // the placeholder answers make a finished call WA; only a crash or a limit is a verdict here
      if (outcome.verdict === 'AC' || outcome.verdict === 'WA') values.push(stringifyJson(outcome.got));
      else failed = outcome;
    }
  } finally {
    await runner.stop();
  }
  const stdout = cut(values.map((value) => `${value}\n`).join(''));
  if (failed?.message) printed.push(failed.message);
  const stderr = printed.length > 0 ? `${printed.join('\n')}\n` : '';
  return {
    status: failed ? STATUS_OF_VERDICT[failed.verdict] : 'ok',
    verdict: failed ? failed.verdict : null,
    exitCode: null,
    cpuMs: Math.round(cpuMs),
    wallMs: Math.round(wallMs),
    memoryKb,
    stdout: stdout.text,
    stderr: cut(stderr).text,
    stdoutTruncated: stdout.cut,
  };
}

/** How a failed call shows as a sandbox status. */
const STATUS_OF_VERDICT: Record<Verdict, Execution['status']> = {
  AC: 'ok',
  WA: 'ok',
  TLE: 'time-limit',
  MLE: 'memory-limit',
  OLE: 'output-limit',
  RE: 'runtime-error',
  CE: 'runtime-error',
  IE: 'runtime-error',
};

async function runFunctionReference(
  ctx: JobContext,
  job: RunJob,
  problem: CachedProblem,
  tests: FunctionTest[],
  limits: ProgramRunLimits,
): Promise<Execution | null> {
  const signature = problem.prepared.problem.function;
  if (!signature) return null;
  let reference: Program | null;
  try {
    reference = await problem.reference();
  } catch (error) {
    ctx.logger.warn({ id: job.id, problem: job.problemId, ...describeError(error) }, 'the reference solution failed');
    return null;
  }
  if (!reference) return null;
  return runFunction(reference, signature, tests, limits);
}
