// The contract suites are not exported here (they import node:test):
// '@verdict/queue/contract' and '@verdict/queue/events-contract'.
export { BusClosedError, type EventBus, type EventHandler } from './events.ts';
export { createMemoryBus, createMemoryHub, type MemoryBusOptions, type MemoryHub } from './memory-bus.ts';
export { createMemoryQueue, type MemoryQueueOptions } from './memory-queue.ts';
export { createNatsBus, type NatsBusOptions } from './nats-bus.ts';
export { createNatsQueue, deleteNatsQueueStream, type NatsQueueOptions } from './nats-queue.ts';
export { createRedisBus, type RedisBusOptions } from './redis-bus.ts';
export {
  type ConsumeOptions,
  type Consumer,
  type Delivery,
  JOB_PRIORITIES,
  type JobPriority,
  type JobQueue,
  QueueClosedError,
  type QueueDepth,
  type QueuedJob,
} from './types.ts';
