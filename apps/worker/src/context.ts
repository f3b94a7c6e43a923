import type { Language } from '@verdict/languages';
import type { WorkerLink } from '@verdict/protocol';
import type { Sandbox } from '@verdict/sandbox';
import type { WorkerLogger } from './logger.ts';
import type { ProblemCache } from './problem-cache.ts';

/** What a job handler needs, built once by createWorker. */
export interface JobContext {
  link: WorkerLink;
  sandbox: Sandbox;
  /** The languages this worker can run. */
  languages: readonly Language[];
  problems: ProblemCache;
  logger: WorkerLogger;
  maxAttempts: number;
  /** Outcomes judged but not yet stored (the server was unreachable), resent on redelivery. */
  unsent: UnsentOutcomes;
}

/** How a delivery ends: acknowledged (done for good) or handed back for another attempt. */
export interface Settlement {
  settle: 'ack' | 'nak';
  /** For the job's log line: the verdict or run status, or why there is none. */
  result: string;
}

/** The worker itself failed (not the user's program): retried, and IE after the last attempt. */
export class WorkerJobError extends Error {
  override readonly name = 'WorkerJobError';
}

/** The user's language is not one this worker can run. */
export function findLanguage(languages: readonly Language[], id: string): Language {
  const language = languages.find((candidate) => candidate.id === id);
  if (!language) {
    const available = languages.map((candidate) => candidate.id).join(', ');
    throw new WorkerJobError(`language "${id}" is not available on this worker; available: ${available}`);
  }
  return language;
}

/** The job's own failure message for logs and IE outcomes. */
export function causeOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Keeps the most recent outcomes that could not be sent, so a redelivery need not judge again. */
export class UnsentOutcomes<T = unknown> {
  private readonly outcomes = new Map<string, T>();

  constructor(private readonly capacity = 1_000) {}

  get<V extends T>(key: string): V | undefined {
    return this.outcomes.get(key) as V | undefined;
  }

  set(key: string, outcome: T): void {
    this.outcomes.delete(key);
    this.outcomes.set(key, outcome);
    for (const oldest of this.outcomes.keys()) {
      if (this.outcomes.size <= this.capacity) break;
      this.outcomes.delete(oldest);
    }
  }

  delete(key: string): void {
    this.outcomes.delete(key);
  }
}
