import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { assertNever, type JudgeEvent, type JudgeResult, judgeSubmission, type TestResult } from '@verdict/judge';
import type { SubmissionOutcome, SubmissionProgress, SubmitJob, TestReport } from '@verdict/protocol';
import { causeOf, findLanguage, type JobContext, type Settlement } from './context.ts';
import { describeError } from './logger.ts';
import { ProgressReporter } from './progress.ts';

/** Compiler output kept in an outcome; a template error can run to megabytes. */
export const COMPILE_OUTPUT_MAX_CHARS = 64 * 1024;

/** The judge itself returned IE (a validator failed): retried like any failure of ours. */
class JudgeInternalError extends Error {
  override readonly name = 'JudgeInternalError';
  constructor(readonly outcome: SubmissionOutcome) {
    super(outcome.message ?? 'the output validator failed');
  }
}

/**
 * Judges a submission and stores its verdict through the link. Acknowledged only once the
 * verdict is stored; a failure of ours is retried, and the last attempt stores IE.
 */
export async function handleSubmit(ctx: JobContext, job: SubmitJob, deliveryAttempt: number): Promise<Settlement> {
  const start = await ctx.link.startSubmission(job.id);
  const key = `submit:${job.id}`;
  if (!start.proceed) {
    ctx.unsent.delete(key);
    return { settle: 'ack', result: 'already finished' };
  }
  // the server counts attempts too, and its count survives a queue that lost its own
  const attempt = Math.max(deliveryAttempt, start.attempt);
  let outcome = ctx.unsent.get<SubmissionOutcome>(key);
  if (!outcome) {
    try {
      outcome = await judge(ctx, job);
    } catch (error) {
      if (attempt < ctx.maxAttempts) {
        ctx.logger.warn({ id: job.id, attempt, ...describeError(error) }, 'judging failed; it will be retried');
        return { settle: 'nak', result: 'retry' };
      }
      ctx.logger.error(
        { id: job.id, attempt, alert: true, ...describeError(error) },
        'judging failed on every attempt; the submission is reported as IE',
      );
      outcome = givenUp(attempt, error);
    }
  }
  try {
    await ctx.link.finishSubmission(job.id, outcome);
  } catch (error) {
    ctx.unsent.set(key, outcome);
    ctx.logger.warn(
      { id: job.id, ...describeError(error) },
      'storing the verdict failed; the job goes back to the queue',
    );
    return { settle: 'nak', result: 'verdict not stored' };
  }
  ctx.unsent.delete(key);
  return { settle: 'ack', result: outcome.verdict };
}

function givenUp(attempts: number, error: unknown): SubmissionOutcome {
  const judged = error instanceof JudgeInternalError ? error.outcome : null;
  return {
    verdict: 'IE',
    score: null,
    maxScore: null,
    cpuMs: judged?.cpuMs ?? null,
    memoryKb: judged?.memoryKb ?? null,
    tests: judged?.tests ?? [],
    compileOutput: null,
    message: `judging failed ${attempts} times (${causeOf(error)}); the operators were told. This is not a fault of your code.`,
  };
}

async function judge(ctx: JobContext, job: SubmitJob): Promise<SubmissionOutcome> {
  const language = findLanguage(ctx.languages, job.language);
  const lease = await ctx.problems.acquire(job.packageHash);
  const progress = new ProgressReporter(ctx.link, job.id, ctx.logger);
  const dir = await mkdtemp(join(tmpdir(), 'verdict-submission-'));
  try {
    const name = basename(language.source);
    await writeFile(join(dir, name), job.code);
    const result = await judgeSubmission({
      sandbox: ctx.sandbox,
      languages: ctx.languages,
      prepared: lease.problem.prepared,
      files: [{ path: join(dir, name), name }],
      languageId: language.id,
      onEvent: (event) => {
        const update = progressOf(event);
        if (update) progress.report(update);
      },
    });
    const outcome = outcomeOf(result);
    if (outcome.verdict === 'IE') throw new JudgeInternalError(outcome);
    return outcome;
  } finally {
    // the last progress goes out before the verdict, so it cannot overwrite it
    await progress.flush();
    lease.release();
    await rm(dir, { recursive: true, force: true });
  }
}

/** What a judge event tells the user; test-started matters only for the first test (the total). */
export function progressOf(event: JudgeEvent): SubmissionProgress | null {
  switch (event.type) {
    case 'compiling':
      return { state: 'compiling', testsDone: 0, testsTotal: null, test: null };
    case 'compiled':
      return null;
    case 'test-started':
      return event.index === 0 ? { state: 'running', testsDone: 0, testsTotal: event.total, test: null } : null;
    case 'test-finished':
      return { state: 'running', testsDone: event.index + 1, testsTotal: event.total, test: testReport(event.result) };
    default:
      return assertNever(event);
  }
}

export function testReport(test: TestResult): TestReport {
  return {
    name: test.name,
    group: test.group,
    verdict: test.verdict,
    cpuMs: test.cpuMs,
    memoryKb: test.memoryKb,
    message: test.message,
  };
}

/** The outcome stored for a judged submission. */
export function outcomeOf(result: JudgeResult): SubmissionOutcome {
  const ran = result.tests.length > 0;
  return {
    verdict: result.verdict,
    score: result.score,
    maxScore: result.maxScore,
    cpuMs: ran ? result.maxCpuMs : null,
    memoryKb: ran ? result.maxMemoryKb : null,
    tests: result.tests.map(testReport),
    compileOutput: result.verdict === 'CE' && result.compile ? compileOutput(result.compile) : null,
    message: result.message,
  };
}

/** The compiler's messages, or how the compile step ended when it printed nothing. */
export function compileOutput(compile: { status: string; stdout: string; stderr: string }): string {
  const text = `${compile.stderr}${compile.stdout}`;
  if (text.trim() === '') return compile.status === 'ok' ? '' : `the compiler stopped: ${compile.status}`;
  if (text.length <= COMPILE_OUTPUT_MAX_CHARS) return text;
  return `${text.slice(0, COMPILE_OUTPUT_MAX_CHARS)}\n[compiler output cut at ${COMPILE_OUTPUT_MAX_CHARS} characters]`;
}
