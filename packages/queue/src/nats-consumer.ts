import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import { runHandler, unrefTimer } from './handler.ts';
import { errorMessage } from './nats-connect.ts';
import { type ConsumeOptions, type Delivery, JOB_PRIORITIES, type JobPriority, type QueuedJob } from './types.ts';

/** What a consumer needs to know about the stream it takes jobs from. */
export interface NatsLanes {
  stream: string;
  /** -1: no limit */
  maxDeliver: number;
  idlePollMs: number;
  wakeSubject: string;
}

// the JetStream wire protocol (ADR-13 pull requests, acknowledgement bodies)
const PULL_ONE_NOW = JSON.stringify({ batch: 1, no_wait: true });
const ACK = '+ACK';
const WORKING = '+WPI';
const TERMINATE = '+TERM';
const NAK = '-NAK';
const STATUS_NO_MESSAGES = 404;
const STATUS_REQUEST_TIMEOUT = 408;
const NANOS_PER_MS = 1_000_000;
// a no_wait pull is answered at once; this only bounds a server that does not answer at all
const PULL_TIMEOUT_MS = 5_000;
const ACK_TIMEOUT_MS = 5_000;

/**
 * One consume() call: a loop that, whenever a slot is free, pulls one job from the high consumer
 * and, only if there is none, from the normal one. Pulls never wait on the server (no_wait), so
 * a free slot is never promised to a lane that may stay empty while the other fills up; an idle
 * loop sleeps until an enqueue announces work, one of its own naks comes due, or idlePollMs
 * passes (which catches redeliveries after another worker's ack deadline or nak delay).
 */
export class NatsConsumer {
  private readonly running = new Set<Promise<void>>();
  private readonly wakeSubscription: Subscription;
  private readonly loop: Promise<void>;
  private stopped = false;
  /** set by an announcement of work; cleared before each look at the consumers */
  private hinted = false;
  private wakeUp: (() => void) | undefined;
  private readonly nakTimers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly nc: NatsConnection,
    private readonly lanes: NatsLanes,
    private readonly options: ConsumeOptions,
  ) {
    this.wakeSubscription = nc.subscribe(lanes.wakeSubject, { callback: () => this.notifyWork() });
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    await this.loop;
    for (const timer of this.nakTimers) clearTimeout(timer);
    this.nakTimers.clear();
    if (!this.nc.isClosed()) this.wakeSubscription.unsubscribe();
    while (this.running.size > 0) await Promise.all(this.running);
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      if (this.running.size >= this.options.concurrency) {
        await this.idle(undefined, () => this.running.size < this.options.concurrency);
        continue;
      }
      this.hinted = false;
      let message: Msg | null;
      try {
        message = await this.takeOne();
      } catch {
        // NATS away or reconnecting: the client reconnects by itself, look again later
        await this.idle(this.lanes.idlePollMs, () => false);
        continue;
      }
      // a job pulled while stop() came runs all the same (stop waits for it): JetStream has no
      // way to hand it back untouched, and a nak would count a delivery that never ran
      if (message) this.dispatch(message);
      else await this.idle(this.lanes.idlePollMs, () => this.hinted);
    }
  }

  private async takeOne(): Promise<Msg | null> {
    for (const priority of JOB_PRIORITIES) {
      if (this.stopped) return null;
      const message = await this.pullNow(priority);
      if (message) return message;
    }
    return null;
  }

  private async pullNow(priority: JobPriority): Promise<Msg | null> {
    // noMux: JetStream delivers under the job's own subject, which the shared request inbox cannot match
    const reply = await this.nc.request(`$JS.API.CONSUMER.MSG.NEXT.${this.lanes.stream}.${priority}`, PULL_ONE_NOW, {
      timeout: PULL_TIMEOUT_MS,
      noMux: true,
    });
    if (reply.reply) return reply;
    // no reply subject: a status, not a job
    const status = reply.headers?.code ?? 0;
    if (status === STATUS_NO_MESSAGES || status === STATUS_REQUEST_TIMEOUT) return null;
    throw new Error(
      `pulling a ${priority} job from ${this.lanes.stream}: ${status} ${reply.headers?.description ?? ''}`,
    );
  }

  /** Resolves when ready() holds (checked on every wake-up), after ms if given, or on stop. */
  private idle(ms: number | undefined, ready: () => boolean): Promise<void> {
    if (this.stopped || ready()) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = ms === undefined ? undefined : unrefTimer(() => done(), ms);
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      this.wakeUp = () => {
        if (this.stopped || ready()) done();
      };
    });
  }

  private notifyWork(): void {
    this.hinted = true;
    this.wakeUp?.();
  }

  private notifyWorkAfter(ms: number): void {
    if (ms <= 0) {
      this.notifyWork();
      return;
    }
    const timer = unrefTimer(() => {
      this.nakTimers.delete(timer);
      this.notifyWork();
    }, ms);
    this.nakTimers.add(timer);
  }

  private dispatch(message: Msg): void {
    let delivery: Delivery;
    try {
      delivery = this.toDelivery(message);
    } catch (error) {
      // it can never be handled: drop it rather than let it come back maxDeliver times
      message.respond(TERMINATE);
      this.reportError(error, { id: message.subject, priority: 'normal', payload: undefined });
      return;
    }
    const task = runHandler(this.options, delivery).finally(() => {
      this.running.delete(task);
      this.wakeUp?.();
    });
    this.running.add(task);
  }

  private reportError(error: unknown, job: QueuedJob): void {
    try {
      this.options.onError?.(error, job);
    } catch {
      // a broken error reporter must not take the consumer down with it
    }
  }

  private toDelivery(message: Msg): Delivery {
    const job = parseJob(message);
    const attempt = deliveryCountOf(message.reply!);
    const ackSubject = message.reply!;
    let settled = false;
    return {
      job,
      attempt,
      heartbeat: async () => {
        if (settled) return;
        this.nc.publish(ackSubject, WORKING);
        await this.nc.flush();
      },
      ack: async () => {
        if (settled) return;
        settled = true;
        try {
          // a request, not a publish: resolved once the server has recorded the ack
          await this.nc.request(ackSubject, ACK, { timeout: ACK_TIMEOUT_MS });
        } catch (error) {
          settled = false;
          throw new Error(`acknowledging job ${job.id}: ${errorMessage(error)}`, { cause: error });
        }
      },
      nak: async (delayMs = 0) => {
        if (settled) return;
        settled = true;
        if (this.lanes.maxDeliver > 0 && attempt >= this.lanes.maxDeliver) {
          // JetStream would never deliver it again, yet keep it in the stream (blocking its id)
          this.nc.publish(ackSubject, TERMINATE);
        } else if (delayMs > 0) {
          this.nc.publish(ackSubject, `${NAK} ${JSON.stringify({ delay: Math.round(delayMs * NANOS_PER_MS) })}`);
        } else {
          this.nc.publish(ackSubject, NAK);
        }
        await this.nc.flush();
        this.notifyWorkAfter(delayMs);
      },
    };
  }
}

function parseJob(message: Msg): QueuedJob {
  const job = message.json<Partial<QueuedJob>>();
  if (typeof job?.id !== 'string' || (job.priority !== 'high' && job.priority !== 'normal')) {
    throw new Error(`unreadable job on ${message.subject}: ${message.string().slice(0, 200)}`);
  }
  return { id: job.id, priority: job.priority, payload: job.payload };
}

/**
 * The delivery count is a token of the ack subject, parsed as @nats-io/jetstream's parseInfo does:
 * $JS.ACK.<stream>.<consumer>.<delivered>.<stream seq>.<consumer seq>.<time>.<pending> (9 tokens), or
 * $JS.ACK.<domain>.<account hash>.<stream>.<consumer>.<delivered>.... (11 or more).
 */
export function deliveryCountOf(ackSubject: string): number {
  const tokens = ackSubject.split('.');
  const index = tokens.length === 9 ? 4 : tokens.length >= 11 ? 6 : -1;
  const count = Number(tokens[index]);
  if (tokens[0] !== '$JS' || tokens[1] !== 'ACK' || !Number.isInteger(count) || count < 1) {
    throw new Error(`not a JetStream ack subject: ${ackSubject}`);
  }
  return count;
}
