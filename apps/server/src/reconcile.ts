import type { SubmitJob } from '@verdict/protocol';
import type { JobQueue } from '@verdict/queue';
import type { Store } from '@verdict/store';
import type { Logger } from 'pino';

/** How often every server checks that each unfinished submission has a job on the queue. */
export const RECONCILE_INTERVAL_MS = 30_000;

export interface Reconciler {
  /** One pass now: the number of unfinished submissions whose job is queued (again, or still). */
  runOnce(): Promise<number>;
  /** Stops the periodic passes and waits for a running one. */
  stop(): Promise<void>;
}

/**
 * Puts the job of every unfinished submission on the queue. Enqueueing is deduplicated by id in
 * every adapter (a job queued or in flight is not added twice), so a pass only adds the jobs the
 * queue lost: the embedded queue after a restart, NATS after its data was lost or a job was
 * dropped, an enqueue that failed after the submission was stored. A job added for a submission
 * finished meanwhile is acknowledged by its worker without judging (start answers proceed=false).
 */
/** The queue job that judges a stored submission: the one shape the submit route and the reconciler enqueue. */
export function submitJobFor(
  submission: { id: string; language: string; code: string },
  problem: { id: string; packageHash: string },
): SubmitJob {
  return {
    kind: 'submit',
    id: submission.id,
    problemId: problem.id,
    packageHash: problem.packageHash,
    language: submission.language,
    code: submission.code,
  };
}

export async function requeueUnfinished(store: Store, queue: JobQueue, logger: Logger): Promise<number> {
  const unfinished = await store.listUnfinishedSubmissions();
  let queued = 0;
  for (const submission of unfinished) {
    const problem = await store.getProblem(submission.problemId);
    if (!problem) {
      logger.error({ submissionId: submission.id }, 'an unfinished submission names no problem');
      continue;
    }
    await queue.enqueue({ id: submission.id, priority: 'normal', payload: submitJobFor(submission, problem) });
    queued++;
  }
  return queued;
}

/**
 * Runs requeueUnfinished every intervalMs in this server process, in every mode. Several servers
 * may do it at once: the queue's dedupe makes the passes harmless to each other. A pass that
 * fails (the queue or the store is away) is logged and the next one tries again.
 */
export function startReconciler(options: {
  store: Store;
  queue: JobQueue;
  logger: Logger;
  intervalMs?: number;
}): Reconciler {
  const { store, queue, logger } = options;
  let running: Promise<number> | undefined;
  const runOnce = (): Promise<number> => {
    running ??= requeueUnfinished(store, queue, logger).finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => {
    runOnce().catch((error) => logger.warn({ err: error }, 'checking unfinished submissions against the queue failed'));
  }, options.intervalMs ?? RECONCILE_INTERVAL_MS);
  timer.unref();
  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => {});
    },
  };
}
