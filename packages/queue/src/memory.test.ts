import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eventBusContract } from './events-contract.ts';
import { createMemoryBus, createMemoryHub } from './memory-bus.ts';
import { createMemoryQueue } from './memory-queue.ts';
import { queueContract } from './queue-contract.ts';

// a short deadline keeps the default test run fast: the memory queue's timers are exact
queueContract(
  'memory',
  async ({ ackWaitMs }) => {
    // one queue is the whole backend: every handle is that queue
    const queue = createMemoryQueue({ ackWaitMs });
    return { open: async () => queue, destroy: () => queue.close() };
  },
  { ackWaitMs: 300 },
);

const hub = createMemoryHub();
eventBusContract('memory', async () => createMemoryBus({ hub }));

describe('memory adapters', () => {
  test('a queue refuses an ack deadline that is not positive', () => {
    assert.throws(() => createMemoryQueue({ ackWaitMs: 0 }), RangeError);
  });

  test('buses on different hubs do not hear each other', async () => {
    const heard: unknown[] = [];
    const first = createMemoryBus();
    const second = createMemoryBus();
    await second.subscribe('c', (message) => heard.push(message));
    await first.publish('c', 1);
    await second.publish('c', 2);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(heard, [2]);
    await Promise.all([first.close(), second.close()]);
  });
});
