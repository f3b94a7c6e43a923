import type {
  RunDoneEvent,
  RunOutcome,
  SubmissionDoneEvent,
  SubmissionOutcome,
  SubmissionProgress,
  SubmissionUpdateEvent,
  WorkerLink,
} from '@verdict/protocol';
import { userChannel } from '@verdict/protocol';
import type { EventBus } from '@verdict/queue';
import { type Store, StoreNotFoundError, type SubmissionRecord } from '@verdict/store';
import type { Logger } from 'pino';
import { RUNS_CHANNEL, userIdOfRun } from './run-ids.ts';

/** Deliveries of one submission before it is stored as Internal Error. */
export const DEFAULT_MAX_ATTEMPTS = 3;

/** The submission or run a worker reports on does not exist (a 404 on the internal API). */
export class UnknownJobError extends Error {
  override readonly name = 'UnknownJobError';
}

/**
 * What happens to a submission while workers judge it: the same functions serve the in-process
 * link of embedded workers and the internal HTTP API of separate ones.
 */
export interface SubmissionLifecycle {
  start(id: string): Promise<{ proceed: boolean; attempt: number }>;
  progress(id: string, progress: SubmissionProgress): Promise<void>;
  /**
   * Resolves once the verdict is stored (then published); stored=false when an earlier finish
   * stored one already (this outcome is dropped, nothing is announced again).
   */
  finish(id: string, outcome: SubmissionOutcome): Promise<{ stored: boolean }>;
  finishRun(id: string, outcome: RunOutcome): Promise<void>;
}

export function doneEvent(record: SubmissionRecord): SubmissionDoneEvent {
  return {
    type: 'submission.done',
    submissionId: record.id,
    userId: record.userId,
    problemId: record.problemId,
    state: 'done',
    verdict: record.verdict ?? 'IE',
    score: record.score,
    maxScore: record.maxScore,
    cpuMs: record.cpuMs,
    memoryKb: record.memoryKb,
    testsDone: record.testsDone,
    testsTotal: record.testsTotal,
  };
}

export function createLifecycle(options: {
  store: Store;
  bus: EventBus;
  logger: Logger;
  maxAttempts?: number;
}): SubmissionLifecycle {
  const { store, bus, logger } = options;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;

  // an event that cannot be published must not undo a stored state: polling GET still shows it
  const publish = async (channel: string, event: unknown) => {
    try {
      await bus.publish(channel, event);
    } catch (error) {
      logger.warn({ err: error, channel }, 'publishing an event failed');
    }
  };

  const storeVerdict = async (id: string, outcome: SubmissionOutcome): Promise<{ stored: boolean }> => {
    let finished: Awaited<ReturnType<Store['finishSubmissionOnce']>>;
    try {
      finished = await store.finishSubmissionOnce(id, {
        verdict: outcome.verdict,
        score: outcome.score,
        maxScore: outcome.maxScore,
        cpuMs: outcome.cpuMs,
        memoryKb: outcome.memoryKb,
        results: outcome.tests,
        compileOutput: outcome.compileOutput,
        message: outcome.message,
      });
    } catch (error) {
      if (error instanceof StoreNotFoundError) throw new UnknownJobError(`submission ${id} does not exist`);
      throw error;
    }
    // only the call that stored the verdict announces it (a redelivered job may finish twice)
    if (finished.stored) await publish(userChannel(finished.submission.userId), doneEvent(finished.submission));
    return { stored: finished.stored };
  };

  return {
    async start(id) {
      const record = await store.markSubmissionTaken(id);
      if (!record) throw new UnknownJobError(`submission ${id} does not exist`);
      if (record.state === 'done') return { proceed: false, attempt: record.attempts };
      if (record.attempts > maxAttempts) {
        logger.error({ submissionId: id, attempts: record.attempts, alert: true }, 'submission given up: stored as IE');
        await storeVerdict(id, {
          verdict: 'IE',
          score: null,
          maxScore: null,
          cpuMs: null,
          memoryKb: null,
          tests: [],
          compileOutput: null,
          message: `judging failed ${maxAttempts} times; the operators were told. This is not a fault of your code: submit it again later.`,
        });
        return { proceed: false, attempt: record.attempts };
      }
      return { proceed: true, attempt: record.attempts };
    },

    async progress(id, progress) {
      await store.updateSubmissionProgress(id, {
        state: progress.state,
        testsDone: progress.testsDone,
        ...(progress.testsTotal === null ? {} : { testsTotal: progress.testsTotal }),
      });
      const record = await store.getSubmission(id);
      if (!record) throw new UnknownJobError(`submission ${id} does not exist`);
      if (record.state === 'done') return;
      const event: SubmissionUpdateEvent = {
        type: 'submission.update',
        submissionId: id,
        userId: record.userId,
        problemId: record.problemId,
        state: progress.state,
        testsDone: progress.testsDone,
        testsTotal: progress.testsTotal,
        test: progress.test,
      };
      await publish(userChannel(record.userId), event);
    },

    finish: storeVerdict,

    async finishRun(id, outcome) {
      const userId = userIdOfRun(id);
      if (userId === undefined) throw new UnknownJobError(`"${id}" is not a run id`);
      const event: RunDoneEvent = { type: 'run.done', runId: id, userId, outcome };
      // the bus is the only place a run's outcome goes: a failure here makes the worker retry
      await bus.publish(RUNS_CHANNEL, event);
    },
  };
}

/** The WorkerLink of workers running in this process: direct calls, no HTTP. */
export function createInProcessLink(store: Store, lifecycle: SubmissionLifecycle): WorkerLink {
  return {
    async fetchPackage(hash) {
      const bytes = await store.getPackage(hash);
      if (!bytes) throw new UnknownJobError(`no problem package has the hash ${hash}`);
      return bytes;
    },
    startSubmission: (id) => lifecycle.start(id),
    submissionProgress: (id, progress) => lifecycle.progress(id, progress),
    finishSubmission: async (id, outcome) => {
      await lifecycle.finish(id, outcome);
    },
    finishRun: (id, outcome) => lifecycle.finishRun(id, outcome),
  };
}
