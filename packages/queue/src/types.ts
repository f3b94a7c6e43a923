/** 'high' (custom-input runs) is always taken before 'normal' (submissions). */
export type JobPriority = 'high' | 'normal';

export const JOB_PRIORITIES: readonly JobPriority[] = ['high', 'normal'];

export interface QueuedJob {
  id: string;
  priority: JobPriority;
  /** JSON-serialisable; it crosses process boundaries as JSON, so what comes back is its JSON form */
  payload: unknown;
}

export interface Delivery {
  readonly job: QueuedJob;
  /** 1 on the first delivery, 2 on the first redelivery, ... */
  readonly attempt: number;
  /** Tells the queue the job is still being worked on (extends the ack deadline). */
  heartbeat(): Promise<void>;
  /** Done: never delivered again. Call only after the result is stored. */
  ack(): Promise<void>;
  /** Give it back for redelivery (after delayMs, default 0). */
  nak(delayMs?: number): Promise<void>;
}

export interface ConsumeOptions {
  /** the most handlers running at once in this consumer */
  concurrency: number;
  /**
   * Works on one delivery. A handler that throws has its job given back (nak) at once; one that
   * returns without ack or nak leaves the job in flight until its ack deadline passes.
   */
  handler: (delivery: Delivery) => Promise<void>;
  /** Told about a handler that threw (the job is already given back); default: ignored. */
  onError?: (error: unknown, job: QueuedJob) => void;
}

export interface Consumer {
  /** stops taking new jobs and waits for running handlers */
  stop(): Promise<void>;
}

export interface QueueDepth {
  /** high jobs waiting to be taken (including those waiting for a redelivery, where the adapter can tell) */
  high: number;
  /** normal jobs waiting to be taken */
  normal: number;
  /** jobs handed to a consumer and not yet acknowledged */
  inFlight: number;
}

export interface JobQueue {
  /** Enqueueing an id that is already queued or in flight is a no-op (dedupe by id). */
  enqueue(job: QueuedJob): Promise<void>;
  consume(options: ConsumeOptions): Consumer;
  /** jobs waiting + in flight, per priority (for /readyz, metrics, autoscaling) */
  depth(): Promise<QueueDepth>;
  /** stops every consumer of this handle (waiting for their handlers) and releases its resources */
  close(): Promise<void>;
}

export class QueueClosedError extends Error {
  constructor(what: string) {
    super(`${what}: the queue is closed`);
    this.name = 'QueueClosedError';
  }
}

/** A concurrency that is not a positive integer is a programming error: say so at once. */
export function checkConcurrency(concurrency: number): void {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`consume: concurrency must be a positive integer, got ${concurrency}`);
  }
}

export function checkJob(job: QueuedJob): void {
  if (typeof job.id !== 'string' || job.id.length === 0) throw new TypeError('enqueue: a job needs a non-empty id');
  if (job.priority !== 'high' && job.priority !== 'normal') {
    throw new TypeError(`enqueue: priority must be 'high' or 'normal', got ${String(job.priority)}`);
  }
}
