import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  type JetStreamManager,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { connectNats, displayServers, errorMessage } from './nats-connect.ts';
import { NatsConsumer, type NatsLanes } from './nats-consumer.ts';
import {
  type ConsumeOptions,
  type Consumer,
  checkConcurrency,
  checkJob,
  JOB_PRIORITIES,
  type JobPriority,
  type JobQueue,
  QueueClosedError,
  type QueueDepth,
  type QueuedJob,
} from './types.ts';

export interface NatsQueueOptions {
  /** nats://host:4222, several separated by commas */
  servers: string;
  /** the JetStream stream (default 'VERDICT_JOBS'); its subjects are <stream>.high.> and <stream>.normal.> */
  stream?: string;
  /** how long a delivery may go without ack, nak or heartbeat before it is redelivered (default 30 000 ms) */
  ackWaitMs?: number;
  /**
   * Deliveries after which JetStream gives up on a job (it is then removed without a verdict).
   * Default: no limit. The app counts the attempts that really failed and stores IE itself; a
   * limit here would also count redeliveries of jobs whose worker was only waiting for the server.
   */
  maxDeliver?: number;
  /** stream replicas in a NATS cluster (default 1) */
  replicas?: number;
  /** how often an idle consumer looks for redeliveries nobody announces (default 1000 ms) */
  idlePollMs?: number;
  /** how long the first connection may take (default 5000 ms) */
  connectTimeoutMs?: number;
}

const DEFAULT_STREAM = 'VERDICT_JOBS';
const DEFAULT_ACK_WAIT_MS = 30_000;
/** JetStream's 'no limit' for max_deliver */
const UNLIMITED = -1;
const DEFAULT_IDLE_POLL_MS = 1_000;
const NANOS_PER_MS = 1_000_000;
// JetStream's answer when a stream is created again with another configuration
const STREAM_NAME_IN_USE = 10_058;
const STREAM_NAME = /^[A-Za-z0-9_-]+$/;

/**
 * The distributed job queue on NATS JetStream: a work-queue stream with one durable pull consumer
 * per priority, shared by every worker process. Creates or updates the stream and consumers at
 * start, so any number of processes may call it at once. See README.md for what it guarantees.
 *
 * @example
 * const queue = await createNatsQueue({ servers: 'nats://nats:4222', ackWaitMs: 30_000 });
 */
export async function createNatsQueue(options: NatsQueueOptions): Promise<JobQueue> {
  const stream = options.stream ?? DEFAULT_STREAM;
  if (!STREAM_NAME.test(stream)) {
    throw new RangeError(`createNatsQueue: stream name "${stream}" may hold only letters, digits, _ and -`);
  }
  const ackWaitMs = options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS;
  const maxDeliver = options.maxDeliver ?? UNLIMITED;
  if (!(ackWaitMs > 0)) throw new RangeError(`createNatsQueue: ackWaitMs must be positive, got ${ackWaitMs}`);
  if (maxDeliver !== UNLIMITED && (!Number.isInteger(maxDeliver) || maxDeliver < 1)) {
    throw new RangeError(`createNatsQueue: maxDeliver must be a positive integer, got ${maxDeliver}`);
  }
  const nc = await connectNats({
    servers: options.servers,
    name: `verdict-queue-${stream}`,
    ...(options.connectTimeoutMs ? { connectTimeoutMs: options.connectTimeoutMs } : {}),
  });
  let jsm: JetStreamManager;
  try {
    jsm = await jetstreamManager(nc);
    await ensureStream(jsm, stream, options.replicas ?? 1);
    for (const priority of JOB_PRIORITIES) await ensureConsumer(jsm, { stream, priority, ackWaitMs, maxDeliver });
  } catch (error) {
    await nc.close();
    throw new Error(
      `cannot set up the JetStream stream ${stream} at ${displayServers(options.servers)}: ${errorMessage(error)}`,
      { cause: error },
    );
  }
  return new NatsQueue(nc, jsm, {
    stream,
    maxDeliver,
    idlePollMs: options.idlePollMs ?? DEFAULT_IDLE_POLL_MS,
    wakeSubject: wakeSubjectOf(stream),
  });
}

/** Deletes the stream with every job in it, for tests and for tearing an installation down. */
export async function deleteNatsQueueStream(options: { servers: string; stream: string }): Promise<void> {
  const nc = await connectNats({ servers: options.servers, name: 'verdict-queue-admin' });
  try {
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(options.stream);
  } finally {
    await nc.close();
  }
}

function wakeSubjectOf(stream: string): string {
  // outside the stream's subjects: a plain NATS message telling idle consumers to look now
  return `_verdict.wake.${stream}`;
}

/** Job ids become one subject token each, whatever characters they hold. */
function subjectOf(stream: string, job: QueuedJob): string {
  return `${stream}.${job.priority}.${Buffer.from(job.id, 'utf8').toString('base64url')}`;
}

async function ensureStream(jsm: JetStreamManager, stream: string, replicas: number): Promise<void> {
  const config = {
    name: stream,
    subjects: JOB_PRIORITIES.map((priority) => `${stream}.${priority}.>`),
    // a job is deleted from the stream once acknowledged, and each subject has one consumer
    retention: RetentionPolicy.Workqueue,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    num_replicas: replicas,
  };
  try {
    await jsm.streams.add(config);
  } catch (error) {
    if (!(error instanceof JetStreamApiError) || error.code !== STREAM_NAME_IN_USE) throw error;
    await jsm.streams.update(stream, config);
  }
}

async function ensureConsumer(
  jsm: JetStreamManager,
  options: { stream: string; priority: JobPriority; ackWaitMs: number; maxDeliver: number },
): Promise<void> {
  const changeable = { ack_wait: options.ackWaitMs * NANOS_PER_MS, max_deliver: options.maxDeliver };
  try {
    await jsm.consumers.add(options.stream, {
      durable_name: options.priority,
      filter_subject: `${options.stream}.${options.priority}.>`,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ...changeable,
    });
  } catch (error) {
    // it exists with other settings (another ackWaitMs): the last process to start decides
    if (!(error instanceof JetStreamApiError)) throw error;
    await jsm.consumers.update(options.stream, options.priority, changeable);
  }
}

class NatsQueue implements JobQueue {
  private readonly js;
  private readonly consumers = new Set<NatsConsumer>();
  private closed = false;

  constructor(
    private readonly nc: NatsConnection,
    private readonly jsm: JetStreamManager,
    private readonly lanes: NatsLanes,
  ) {
    this.js = jetstream(nc);
  }

  async enqueue(job: QueuedJob): Promise<void> {
    if (this.closed) throw new QueueClosedError('enqueue');
    checkJob(job);
    const data = JSON.stringify({ id: job.id, priority: job.priority, payload: job.payload });
    try {
      // one subject per job, and "no message on it yet" as a condition checked by the server:
      // a job queued or in flight is not stored twice, while an acknowledged one (deleted from
      // the work queue) may be enqueued again at once (Nats-Msg-Id would refuse it for a window)
      await this.js.publish(subjectOf(this.lanes.stream, job), data, { expect: { lastSubjectSequence: 0 } });
    } catch (error) {
      if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamWrongLastSequence) return;
      throw error;
    }
    this.nc.publish(this.lanes.wakeSubject);
  }

  consume(options: ConsumeOptions): Consumer {
    if (this.closed) throw new QueueClosedError('consume');
    checkConcurrency(options.concurrency);
    const consumer = new NatsConsumer(this.nc, this.lanes, options);
    this.consumers.add(consumer);
    return {
      stop: async () => {
        this.consumers.delete(consumer);
        await consumer.stop();
      },
    };
  }

  async depth(): Promise<QueueDepth> {
    const [high, normal] = await Promise.all(
      JOB_PRIORITIES.map((priority) => this.jsm.consumers.info(this.lanes.stream, priority)),
    );
    return {
      high: high!.num_pending,
      normal: normal!.num_pending,
      // JetStream counts a job waiting for its redelivery as still pending acknowledgement
      inFlight: high!.num_ack_pending + normal!.num_ack_pending,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const consumers = [...this.consumers];
    this.consumers.clear();
    await Promise.all(consumers.map((consumer) => consumer.stop()));
    if (!this.nc.isClosed()) await this.nc.drain();
  }
}
