// Needs the real NATS with JetStream (NATS_URL, default nats://127.0.0.1:4222) and fails when it
// does not answer: CI never skips it (scripts/services.mjs starts it). Every test gets a stream of
// its own, deleted at its end, so runs (and tests) never see each other's jobs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { uniqueName } from './contract/waiting.ts';
import { eventBusContract } from './events-contract.ts';
import { createNatsBus } from './nats-bus.ts';
import { createNatsQueue, deleteNatsQueueStream } from './nats-queue.ts';
import { queueContract } from './queue-contract.ts';

const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
// idle consumers look for redeliveries this often: short, so the deadline tests stay quick
const IDLE_POLL_MS = 200;

async function ackWaitsMs(stream: string): Promise<number[]> {
  const nc = await connect({ servers: NATS_URL });
  try {
    const jsm = await jetstreamManager(nc);
    const infos = await Promise.all(['high', 'normal'].map((name) => jsm.consumers.info(stream, name)));
    return infos.map((info) => info.config.ack_wait! / 1_000_000);
  } finally {
    await nc.close();
  }
}

function streamName(): string {
  return uniqueName('VERDICT_TEST').replaceAll('-', '_');
}

test(`NATS with JetStream answers at ${NATS_URL}`, async () => {
  const stream = streamName();
  const queue = await createNatsQueue({ servers: NATS_URL, stream });
  try {
    assert.deepEqual(await queue.depth(), { high: 0, normal: 0, inFlight: 0 });
  } finally {
    await queue.close();
    await deleteNatsQueueStream({ servers: NATS_URL, stream });
  }
});

queueContract('nats', async ({ ackWaitMs }) => {
  const stream = streamName();
  return {
    open: () => createNatsQueue({ servers: NATS_URL, stream, ackWaitMs, idlePollMs: IDLE_POLL_MS }),
    destroy: () => deleteNatsQueueStream({ servers: NATS_URL, stream }),
  };
});

// one prefix for the run: every bus of the suite must meet on the same subjects
const BUS_PREFIX = `${uniqueName('verdict_test')}.`;
eventBusContract('nats', () => createNatsBus({ servers: NATS_URL, prefix: BUS_PREFIX }));

describe('nats adapters', () => {
  test('processes setting up one stream at once all get it; a restart with another ack deadline updates it', async () => {
    const stream = streamName();
    const queues = await Promise.all(
      [1_000, 2_000, 3_000].map((ackWaitMs) => createNatsQueue({ servers: NATS_URL, stream, ackWaitMs })),
    );
    try {
      const [first, second] = queues;
      await first!.enqueue({ id: 'shared', priority: 'high', payload: null });
      assert.deepEqual(await second!.depth(), { high: 1, normal: 0, inFlight: 0 });
      const restarted = await createNatsQueue({ servers: NATS_URL, stream, ackWaitMs: 4_000 });
      queues.push(restarted);
      assert.deepEqual(await restarted.depth(), { high: 1, normal: 0, inFlight: 0 });
      assert.deepEqual(await ackWaitsMs(stream), [4_000, 4_000]);
    } finally {
      await Promise.all(queues.map((queue) => queue.close()));
      await deleteNatsQueueStream({ servers: NATS_URL, stream });
    }
  });

  test('by default a job has no delivery limit: given back 12 times it is delivered a 13th time', async () => {
    const stream = streamName();
    // a stream set up by an older version with JetStream's limit of 10 is updated to none
    const older = await createNatsQueue({ servers: NATS_URL, stream, maxDeliver: 10 });
    await older.close();
    const queue = await createNatsQueue({ servers: NATS_URL, stream, idlePollMs: IDLE_POLL_MS });
    try {
      const attempts: number[] = [];
      let delivered13!: () => void;
      const done = new Promise<void>((resolve) => {
        delivered13 = resolve;
      });
      const consumer = queue.consume({
        concurrency: 1,
        handler: async (delivery) => {
          attempts.push(delivery.attempt);
          if (delivery.attempt < 13) {
            await delivery.nak();
            return;
          }
          await delivery.ack();
          delivered13();
        },
      });
      await queue.enqueue({ id: 'patient', priority: 'normal', payload: null });
      await done;
      await consumer.stop();
      assert.deepEqual(
        attempts,
        Array.from({ length: 13 }, (_, index) => index + 1),
      );
      assert.deepEqual(await queue.depth(), { high: 0, normal: 0, inFlight: 0 });
    } finally {
      await queue.close();
      await deleteNatsQueueStream({ servers: NATS_URL, stream });
    }
  });

  test('an unreachable server fails at creation, saying where and without the password', async () => {
    for (const create of [
      () => createNatsQueue({ servers: 'nats://verdict:s3cret@127.0.0.1:1', connectTimeoutMs: 2_000 }),
      () => createNatsBus({ servers: 'nats://verdict:s3cret@127.0.0.1:1', connectTimeoutMs: 2_000 }),
    ]) {
      await assert.rejects(create(), (error: Error) => {
        assert.match(error.message, /^cannot connect to NATS at nats:\/\/verdict:\*\*\*@127\.0\.0\.1:1: /);
        assert.doesNotMatch(error.message, /s3cret/);
        return true;
      });
    }
  });

  test('a stream name NATS cannot take is refused before connecting', async () => {
    await assert.rejects(createNatsQueue({ servers: NATS_URL, stream: 'jobs.high' }), RangeError);
  });
});
