import type { Delivery, JobPriority, JobQueue, QueuedJob } from '../types.ts';
import { Watch } from './waiting.ts';

/** One backend (a NATS stream, a memory queue) that a test opens handles onto. */
export interface QueueBackend {
  /**
   * A handle onto the backend, as one process would open it. Handles of the memory adapter may be
   * one shared object: the suite closes handles only at the end of a test, or a sole handle.
   */
  open(): Promise<JobQueue>;
  /** Removes whatever the backend holds; called once per test after its handles are closed. */
  destroy(): Promise<void>;
}

/** What an adapter's test file passes in: a fresh, empty backend per call, with the given ack deadline. */
export type MakeQueue = (options: { ackWaitMs: number }) => Promise<QueueBackend>;

export interface QueueContractOptions {
  /** the ack deadline the suite gives its queues (default 1000 ms) */
  ackWaitMs?: number;
}

export interface QueueHarness {
  backend: QueueBackend;
  ackWaitMs: number;
  /** opens a handle that the harness closes at the end of the test */
  open(): Promise<JobQueue>;
  recorder: Recorder;
}

/** Runs one test on a fresh backend, closing every handle and destroying the backend whatever happens. */
export function withQueue(
  makeQueue: MakeQueue,
  ackWaitMs: number,
  run: (harness: QueueHarness) => Promise<void>,
): () => Promise<void> {
  return async () => {
    const backend = await makeQueue({ ackWaitMs });
    const handles: JobQueue[] = [];
    // the first failure is the one worth reading: cleaning up after it may fail for the same reason
    const failures: unknown[] = [];
    try {
      await run({
        backend,
        ackWaitMs,
        recorder: new Recorder(),
        open: async () => {
          const queue = await backend.open();
          handles.push(queue);
          return queue;
        },
      });
    } catch (error) {
      failures.push(error);
    }
    for (const queue of handles.reverse()) await queue.close().catch((error: unknown) => failures.push(error));
    await backend.destroy().catch((error: unknown) => failures.push(error));
    if (failures.length > 0) throw failures[0];
  };
}

export function job(id: string, priority: JobPriority = 'normal', payload: unknown = { id }): QueuedJob {
  return { id, priority, payload };
}

export interface Handled {
  id: string;
  attempt: number;
  /** which consumer took it, as the test named it */
  worker: string;
  /** when it was taken (performance.now()) */
  atMs: number;
  delivery: Delivery;
}

/** Writes down what consumers were given and what they acknowledged, for tests to wait on. */
export class Recorder {
  readonly handled: Handled[] = [];
  /** ids in the order their ack resolved */
  readonly acked: string[] = [];
  readonly watch = new Watch();

  /** A handler that records each delivery, then runs `then` on it. */
  handler(worker: string, then: (delivery: Delivery) => Promise<void>): (delivery: Delivery) => Promise<void> {
    return async (delivery) => {
      this.handled.push({
        id: delivery.job.id,
        attempt: delivery.attempt,
        worker,
        atMs: performance.now(),
        delivery,
      });
      this.watch.changed();
      await then(delivery);
    };
  }

  /** Acknowledges and records it. */
  async ack(delivery: Delivery): Promise<void> {
    await delivery.ack();
    this.acked.push(delivery.job.id);
    this.watch.changed();
  }

  deliveriesOf(id: string): Handled[] {
    return this.handled.filter((entry) => entry.id === id);
  }

  order(): string[] {
    return this.handled.map((entry) => entry.id);
  }

  /** Waits for the given delivery of a job and returns it. */
  async delivered(id: string, attempt = 1): Promise<Handled> {
    const find = () => this.handled.find((entry) => entry.id === id && entry.attempt === attempt);
    await this.watch.until(() => find() !== undefined, `delivery ${attempt} of job ${id}`);
    return find()!;
  }

  allAcked(ids: string[]): Promise<void> {
    return this.watch.until(() => ids.every((id) => this.acked.includes(id)), `acks of ${ids.join(', ')}`);
  }

  /** Tells waiters to look again (after something outside a handler changed). */
  changed(): void {
    this.watch.changed();
  }
}
