import { randomBytes } from 'node:crypto';

/** How long the suites wait for something to happen before failing the test that waits. */
export const WAIT_LIMIT_MS = 10_000;

export interface Deferred<T = void> {
  promise: Promise<T>;
  resolve(value: T): void;
  settled(): boolean;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let done = false;
  const promise = new Promise<T>((ok) => {
    resolve = ok;
  });
  return {
    promise,
    resolve(value) {
      done = true;
      resolve(value);
    },
    settled: () => done,
  };
}

/**
 * Conditions over things that change when events happen: `until` re-checks its condition on each
 * `changed()` call and fails after WAIT_LIMIT_MS saying what it waited for. Never polls.
 */
export class Watch {
  private readonly waiters = new Set<() => void>();

  changed(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  until(condition: () => boolean, what: string, limitMs = WAIT_LIMIT_MS): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!condition()) return;
        finish();
        resolve();
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${limitMs} ms waiting for ${what}`));
      }, limitMs);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }
}

/** Resolves with the promise's value, or fails saying what did not happen within limitMs. */
export async function within<T>(promise: Promise<T>, what: string, limitMs = WAIT_LIMIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${limitMs} ms waiting for ${what}`)), limitMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A name no other test or run uses: tests share one NATS or Redis. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** One turn of the event loop: lets anything already due run, without waiting for time to pass. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
