export interface EventBus {
  /** Delivers to every subscriber of the channel in every process connected to the same bus (and in this one). */
  publish(channel: string, message: unknown /* JSON */): Promise<void>;
  /**
   * Resolves once the subscription is active: anything published after that reaches the handler.
   * Returns an unsubscribe function.
   */
  subscribe(channel: string, handler: (message: unknown) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export type EventHandler = (message: unknown) => void;

export class BusClosedError extends Error {
  constructor(what: string) {
    super(`${what}: the event bus is closed`);
    this.name = 'BusClosedError';
  }
}

export function checkChannel(channel: string): void {
  if (typeof channel !== 'string' || channel.length === 0) throw new TypeError('event bus: a channel needs a name');
}

/**
 * Calls every handler with the message; one that throws is reported and does not keep the message
 * from the others. Iterates over a copy: a handler may unsubscribe itself.
 */
export function dispatch(handlers: Iterable<EventHandler>, message: unknown, onError?: (error: unknown) => void): void {
  for (const handler of [...handlers]) {
    try {
      handler(message);
    } catch (error) {
      try {
        onError?.(error);
      } catch {
        // a broken error reporter must not stop the delivery either
      }
    }
  }
}

/** JSON text to a message; what is not JSON is dropped (another program may share the channel). */
export function decode(text: string): { ok: true; message: unknown } | { ok: false } {
  try {
    return { ok: true, message: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function encode(channel: string, message: unknown): string {
  const text = JSON.stringify(message);
  if (text === undefined) throw new TypeError(`event bus: a message on "${channel}" must be JSON-serialisable`);
  return text;
}
