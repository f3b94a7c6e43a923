import { runHandler, unrefTimer } from './handler.ts';
import {
  type ConsumeOptions,
  type Consumer,
  checkConcurrency,
  checkJob,
  type Delivery,
  type JobPriority,
  type JobQueue,
  QueueClosedError,
  type QueueDepth,
  type QueuedJob,
} from './types.ts';

export interface MemoryQueueOptions {
  /** how long a delivery may go without ack, nak or heartbeat before it is redelivered (default 60 000 ms) */
  ackWaitMs?: number;
}

const DEFAULT_ACK_WAIT_MS = 60_000;

interface Entry {
  readonly job: QueuedJob;
  /** enqueue order: waiting jobs are taken by it, redeliveries included */
  readonly seq: number;
  /** deliveries so far */
  deliveries: number;
  state: 'waiting' | 'delayed' | 'inFlight';
  /** the ack deadline while in flight, the nak delay while delayed */
  timer: NodeJS.Timeout | undefined;
}

/**
 * The embedded job queue: everything lives in this process's memory, so it is lost when the
 * process ends (the server re-enqueues unfinished submissions from the store at start-up).
 * Delivery is at least once, with ack deadlines, heartbeats, nak delays, strict priority and
 * strict FIFO (by enqueue order) within a priority.
 *
 * @example
 * const queue = createMemoryQueue({ ackWaitMs: 30_000 });
 * queue.consume({ concurrency: 4, handler: async (d) => { await judge(d.job); await d.ack(); } });
 * await queue.enqueue({ id: submissionId, priority: 'normal', payload: job });
 */
export function createMemoryQueue(options: MemoryQueueOptions = {}): JobQueue {
  const ackWaitMs = options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS;
  if (!(ackWaitMs > 0)) throw new RangeError(`createMemoryQueue: ackWaitMs must be positive, got ${ackWaitMs}`);
  return new MemoryQueue(ackWaitMs);
}

class MemoryQueue implements JobQueue {
  /** every job queued, delayed or in flight, by id: the dedupe set */
  private readonly entries = new Map<string, Entry>();
  private readonly waiting: Record<JobPriority, Entry[]> = { high: [], normal: [] };
  private readonly consumers: MemoryConsumer[] = [];
  /** where the next round-robin look for a free slot starts, so consumers share the work */
  private nextConsumer = 0;
  private seq = 0;
  private closed = false;

  constructor(private readonly ackWaitMs: number) {}

  async enqueue(job: QueuedJob): Promise<void> {
    if (this.closed) throw new QueueClosedError('enqueue');
    checkJob(job);
    if (this.entries.has(job.id)) return;
    // the JSON form, as a distributed queue would hand it over
    const copy = JSON.parse(JSON.stringify({ id: job.id, priority: job.priority, payload: job.payload })) as QueuedJob;
    const entry: Entry = { job: copy, seq: this.seq++, deliveries: 0, state: 'waiting', timer: undefined };
    this.entries.set(job.id, entry);
    this.waiting[job.priority].push(entry);
    this.pump();
  }

  consume(options: ConsumeOptions): Consumer {
    if (this.closed) throw new QueueClosedError('consume');
    checkConcurrency(options.concurrency);
    const consumer = new MemoryConsumer(options, () => this.pump());
    this.consumers.push(consumer);
    queueMicrotask(() => this.pump());
    return {
      stop: async () => {
        const index = this.consumers.indexOf(consumer);
        if (index >= 0) this.consumers.splice(index, 1);
        await consumer.stop();
      },
    };
  }

  async depth(): Promise<QueueDepth> {
    const depth: QueueDepth = { high: 0, normal: 0, inFlight: 0 };
    for (const entry of this.entries.values()) {
      if (entry.state === 'inFlight') depth.inFlight++;
      else depth[entry.job.priority]++;
    }
    return depth;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const consumers = this.consumers.splice(0);
    await Promise.all(consumers.map((consumer) => consumer.stop()));
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    this.entries.clear();
    this.waiting.high = [];
    this.waiting.normal = [];
  }

  /** Hands waiting jobs to consumers with a free slot, high before normal, round robin over consumers. */
  private pump(): void {
    if (this.closed) return;
    for (;;) {
      const consumer = this.consumerWithFreeSlot();
      if (!consumer) return;
      const entry = this.waiting.high.shift() ?? this.waiting.normal.shift();
      if (!entry) return;
      consumer.run(this.deliver(entry));
    }
  }

  private consumerWithFreeSlot(): MemoryConsumer | undefined {
    const count = this.consumers.length;
    for (let i = 0; i < count; i++) {
      const index = (this.nextConsumer + i) % count;
      const consumer = this.consumers[index]!;
      if (consumer.hasFreeSlot()) {
        this.nextConsumer = (index + 1) % count;
        return consumer;
      }
    }
    return undefined;
  }

  private deliver(entry: Entry): Delivery {
    entry.deliveries++;
    entry.state = 'inFlight';
    const delivery = entry.deliveries;
    this.armDeadline(entry);
    // a delivery whose deadline passed (and was redelivered) may still ack, as with JetStream,
    // but its nak and heartbeat no longer speak for the job
    const isCurrent = () => this.entries.get(entry.job.id) === entry && entry.deliveries === delivery;
    return {
      job: entry.job,
      attempt: delivery,
      heartbeat: async () => {
        if (isCurrent() && entry.state === 'inFlight') this.armDeadline(entry);
      },
      ack: async () => {
        if (this.entries.get(entry.job.id) !== entry) return;
        clearTimeout(entry.timer);
        this.entries.delete(entry.job.id);
        this.removeWaiting(entry);
      },
      nak: async (delayMs = 0) => {
        if (!isCurrent() || entry.state !== 'inFlight') return;
        clearTimeout(entry.timer);
        if (delayMs > 0) {
          entry.state = 'delayed';
          entry.timer = unrefTimer(() => this.makeWaiting(entry), delayMs);
        } else {
          this.makeWaiting(entry);
        }
      },
    };
  }

  private armDeadline(entry: Entry): void {
    clearTimeout(entry.timer);
    // nobody answered for ackWaitMs: the worker is presumed dead, the job goes to someone else
    entry.timer = unrefTimer(() => this.makeWaiting(entry), this.ackWaitMs);
  }

  private makeWaiting(entry: Entry): void {
    if (this.closed || this.entries.get(entry.job.id) !== entry) return;
    clearTimeout(entry.timer);
    entry.timer = undefined;
    entry.state = 'waiting';
    insertBySeq(this.waiting[entry.job.priority], entry);
    this.pump();
  }

  private removeWaiting(entry: Entry): void {
    const list = this.waiting[entry.job.priority];
    const index = list.indexOf(entry);
    if (index >= 0) list.splice(index, 1);
  }
}

class MemoryConsumer {
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly options: ConsumeOptions,
    private readonly onSlotFreed: () => void,
  ) {}

  hasFreeSlot(): boolean {
    return !this.stopped && this.running.size < this.options.concurrency;
  }

  run(delivery: Delivery): void {
    const task = runHandler(this.options, delivery).finally(() => {
      this.running.delete(task);
      this.onSlotFreed();
    });
    this.running.add(task);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    while (this.running.size > 0) await Promise.all(this.running);
  }
}

function insertBySeq(list: Entry[], entry: Entry): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.seq < entry.seq) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, entry);
}
