import { describe } from 'node:test';
import { deliveryContract } from './contract/queue-delivery.ts';
import type { MakeQueue, QueueContractOptions } from './contract/queue-harness.ts';
import { lifecycleContract } from './contract/queue-lifecycle.ts';
import { schedulingContract } from './contract/queue-scheduling.ts';

export type { MakeQueue, QueueBackend, QueueContractOptions } from './contract/queue-harness.ts';

const DEFAULT_ACK_WAIT_MS = 1_000;

/**
 * The one test suite every JobQueue adapter passes (STYLE.md 5). `makeQueue` returns a fresh,
 * empty backend per test, onto which the suite opens one or more handles (one per "process").
 *
 * @example
 * queueContract('memory', async ({ ackWaitMs }) => {
 *   const queue = createMemoryQueue({ ackWaitMs });
 *   return { open: async () => queue, destroy: () => queue.close() };
 * });
 */
export function queueContract(name: string, makeQueue: MakeQueue, options: QueueContractOptions = {}): void {
  const ackWaitMs = options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS;
  describe(`JobQueue contract: ${name}`, () => {
    deliveryContract(makeQueue, ackWaitMs);
    schedulingContract(makeQueue, ackWaitMs);
    lifecycleContract(makeQueue, ackWaitMs);
  });
}
