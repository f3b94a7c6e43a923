import { setTimeout as delay } from 'node:timers/promises';
import type { WorkerLink } from '@verdict/protocol';
import { WorkerLinkError } from './http-link.ts';
import { describeError, type WorkerLogger } from './logger.ts';

export interface PatientLinkOptions {
  logger: WorkerLogger;
  /** Aborted when the worker stops: a call still waiting for the server then fails with its last error. */
  signal: AbortSignal;
  /** Wait after the first failed try; doubled after each further one up to maxDelayMs; default 500. */
  firstDelayMs?: number;
  /** Default 10 000. */
  maxDelayMs?: number;
}

const DEFAULT_FIRST_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 10_000;
/** Each wait is scaled by a random factor in [1 - JITTER, 1 + JITTER], so workers do not retry in step. */
const JITTER = 0.2;

/** The server could not be reached or could not serve: worth waiting for, unlike a 4xx. */
export function isServerAway(error: unknown): boolean {
  return error instanceof WorkerLinkError && (error.status === null || error.status >= 500);
}

/**
 * Wraps a link so that a call the server cannot answer (down, restarting, behind a proxy that
 * says 502/503) is tried again with a growing delay for as long as it takes, instead of failing
 * the job. The job stays in flight meanwhile (the worker keeps sending heartbeats), so a server
 * outage spends none of its delivery attempts; only a real failure of judging does.
 * Progress reports are not waited for: they are best effort, and the verdict follows anyway.
 */
export function createPatientLink(link: WorkerLink, options: PatientLinkOptions): WorkerLink {
  const firstDelayMs = options.firstDelayMs ?? DEFAULT_FIRST_DELAY_MS;
  const maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;

  const patiently = async <T>(what: string, call: () => Promise<T>): Promise<T> => {
    for (let failures = 0; ; failures++) {
      try {
        const result = await call();
        if (failures > 0) options.logger.info({ call: what, failures }, 'the server answers again');
        return result;
      } catch (error) {
        if (!isServerAway(error) || options.signal.aborted) throw error;
        if (failures === 0) {
          options.logger.warn(
            { call: what, ...describeError(error) },
            'the server is unreachable; waiting for it (the job stays in flight)',
          );
        }
        const waitMs = Math.min(maxDelayMs, firstDelayMs * 2 ** failures);
        const jittered = waitMs * (1 - JITTER + Math.random() * 2 * JITTER);
        try {
          await delay(jittered, undefined, { signal: options.signal });
        } catch {
          throw error;
        }
      }
    }
  };

  return {
    fetchPackage: (hash) => patiently(`fetchPackage ${hash}`, () => link.fetchPackage(hash)),
    startSubmission: (id) => patiently(`startSubmission ${id}`, () => link.startSubmission(id)),
    submissionProgress: (id, progress) => link.submissionProgress(id, progress),
    finishSubmission: (id, outcome) => patiently(`finishSubmission ${id}`, () => link.finishSubmission(id, outcome)),
    finishRun: (id, outcome) => patiently(`finishRun ${id}`, () => link.finishRun(id, outcome)),
  };
}
