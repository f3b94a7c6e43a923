import { availableParallelism } from 'node:os';
import { assertNever } from '@verdict/judge';
import type { Language } from '@verdict/languages';
import { JobSchema, type WorkerLink } from '@verdict/protocol';
import type { Delivery, JobQueue } from '@verdict/queue';
import type { Sandbox } from '@verdict/sandbox';
import { type JobContext, type Settlement, UnsentOutcomes } from './context.ts';
import { createLogger, describeError, type WorkerLogger } from './logger.ts';
import { createPatientLink } from './patient-link.ts';
import { ProblemCache } from './problem-cache.ts';
import { handleRun } from './run.ts';
import { handleSubmit } from './submit.ts';

export interface WorkerOptions {
  queue: JobQueue;
  /** How the worker reaches the platform: in-process, or createHttpLink for a separate process. */
  link: WorkerLink;
  sandbox: Sandbox;
  /** The languages this worker can run: loaded and detected as available. */
  languages: readonly Language[];
  /** Jobs judged at once; default: the machine's available parallelism. */
  concurrency?: number;
  /** Where problem packages are unpacked (`<cacheDir>/packages/<hash>/`), shared by workers on the machine. */
  cacheDir: string;
  /** Deliveries of a job before a failure of ours is reported as IE (submissions) or error (runs); default 3. */
  maxAttempts?: number;
  /** Default: a pino logger on stdout. */
  logger?: WorkerLogger;
  /** How often a job in progress tells the queue it is alive; default 5000. */
  heartbeatMs?: number;
  /** Delay before a failed job is delivered again; default 1000. */
  retryDelayMs?: number;
  /** Prepared problems kept in memory; default 32. */
  maxPreparedProblems?: number;
  /** Waits between tries while the server is unreachable (the job is kept, not given back); default 500 → 10 000 ms. */
  serverRetry?: { firstDelayMs?: number; maxDelayMs?: number };
}

export interface Worker {
  /** Takes no new jobs, waits for the running ones to finish, then frees the prepared problems. */
  stop(): Promise<void>;
}

const DEFAULT_MAX_ATTEMPTS = 3;
const DEFAULT_HEARTBEAT_MS = 5_000;
const DEFAULT_RETRY_DELAY_MS = 1_000;
const DEFAULT_MAX_PREPARED_PROBLEMS = 32;
const KEEP_ALIVE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Takes jobs from the queue and judges them: submissions (judged against the problem's tests,
 * verdict stored through the link, only then acknowledged) and runs (custom input, with the
 * reference solution's output as the expected one).
 *
 * @example
 * const worker = createWorker({ queue, link, sandbox, languages, cacheDir: '/var/tmp/verdict-worker' });
 * process.once('SIGTERM', () => void worker.stop());
 */
export function createWorker(options: WorkerOptions): Worker {
  const logger = options.logger ?? createLogger();
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  const stopSignal = new AbortController();
  const link = createPatientLink(options.link, { logger, signal: stopSignal.signal, ...options.serverRetry });
  const ctx: JobContext = {
    link,
    sandbox: options.sandbox,
    languages: options.languages,
    logger,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    unsent: new UnsentOutcomes(),
    problems: new ProblemCache({
      link,
      sandbox: options.sandbox,
      languages: options.languages,
      cacheDir: options.cacheDir,
      maxPrepared: options.maxPreparedProblems ?? DEFAULT_MAX_PREPARED_PROBLEMS,
      logger,
    }),
  };
  const running = new Set<Promise<void>>();
  let stopping = false;

  const handler = async (delivery: Delivery): Promise<void> => {
    if (stopping) {
      await settle(delivery, 'nak', 0, logger);
      return;
    }
    const job = handleDelivery(ctx, delivery, { heartbeatMs, retryDelayMs });
    running.add(job);
    try {
      await job;
    } finally {
      running.delete(job);
    }
  };
  const consumer = options.queue.consume({ concurrency: options.concurrency ?? availableParallelism(), handler });
  // a running worker keeps the process alive, as a listening server does (queue timers may be unref'd)
  const keepAlive = setInterval(() => {}, KEEP_ALIVE_INTERVAL_MS);

  let stopped: Promise<void> | null = null;
  return {
    stop() {
      stopped ??= (async () => {
        stopping = true;
        // a job waiting for an unreachable server gives up and goes back to the queue
        stopSignal.abort();
        try {
          await consumer.stop();
        } finally {
          clearInterval(keepAlive);
        }
        await Promise.all(running);
        await ctx.problems.close();
      })();
      return stopped;
    },
  };
}

async function handleDelivery(
  ctx: JobContext,
  delivery: Delivery,
  timing: { heartbeatMs: number; retryDelayMs: number },
): Promise<void> {
  const startedAt = performance.now();
  const { logger } = ctx;
  const heartbeat = setInterval(() => {
    delivery
      .heartbeat()
      .catch((error) => logger.warn({ id: delivery.job.id, ...describeError(error) }, 'heartbeat failed'));
  }, timing.heartbeatMs);
  try {
    const parsed = JobSchema.safeParse(delivery.job.payload);
    if (!parsed.success) {
      // it can never succeed: drop it rather than let it come back forever
      logger.error({ id: delivery.job.id, issues: parsed.error.issues, alert: true }, 'unreadable job dropped');
      await settle(delivery, 'ack', 0, logger);
      return;
    }
    const job = parsed.data;
    let settlement: Settlement;
    try {
      switch (job.kind) {
        case 'submit':
          settlement = await handleSubmit(ctx, job, delivery.attempt);
          break;
        case 'run':
          settlement = await handleRun(ctx, job, delivery.attempt);
          break;
        default:
          assertNever(job);
      }
    } catch (error) {
      // the platform could not be reached (starting the submission): try again later
      logger.warn({ id: job.id, kind: job.kind, ...describeError(error) }, 'job failed; it goes back to the queue');
      settlement = { settle: 'nak', result: 'retry' };
    }
    await settle(delivery, settlement.settle, timing.retryDelayMs, logger);
    logger.info(
      {
        id: job.id,
        kind: job.kind,
        verdict: settlement.result,
        attempt: delivery.attempt,
        ms: Math.round(performance.now() - startedAt),
      },
      settlement.settle === 'ack' ? 'job done' : 'job returned to the queue',
    );
  } finally {
    clearInterval(heartbeat);
  }
}

async function settle(delivery: Delivery, how: 'ack' | 'nak', delayMs: number, logger: WorkerLogger): Promise<void> {
  try {
    if (how === 'ack') await delivery.ack();
    else await delivery.nak(delayMs);
  } catch (error) {
    // the queue redelivers an unacknowledged job; startSubmission then says it is finished
    logger.warn({ id: delivery.job.id, how, ...describeError(error) }, 'settling the delivery failed');
  }
}
