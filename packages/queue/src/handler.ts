import type { ConsumeOptions, Delivery } from './types.ts';

/**
 * Runs one handler on a later tick (so it never runs inside enqueue or ack); a throw gives the
 * job back at once and goes to onError, never further.
 */
export async function runHandler(options: ConsumeOptions, delivery: Delivery): Promise<void> {
  await Promise.resolve();
  try {
    await options.handler(delivery);
  } catch (error) {
    await delivery.nak().catch(() => {});
    try {
      options.onError?.(error, delivery.job);
    } catch {
      // a broken error reporter must not take the consumer down with it
    }
  }
}

export function unrefTimer(callback: () => void, ms: number): NodeJS.Timeout {
  const timer = setTimeout(callback, ms);
  timer.unref();
  return timer;
}
