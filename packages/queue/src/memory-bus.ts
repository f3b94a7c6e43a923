import { BusClosedError, checkChannel, dispatch, type EventBus, type EventHandler, encode } from './events.ts';

/** The in-process meeting point of memory buses: buses on one hub hear each other. */
export interface MemoryHub {
  readonly channels: Map<string, Set<EventHandler>>;
}

export function createMemoryHub(): MemoryHub {
  return { channels: new Map() };
}

export interface MemoryBusOptions {
  /** share one hub between buses of this process so they hear each other (default: a hub of its own) */
  hub?: MemoryHub;
  /** told about a handler that threw; the other handlers still get the message */
  onError?: (error: unknown, channel: string) => void;
}

/**
 * The embedded event bus: delivery within this process, to the handlers on the same hub. Messages
 * travel as JSON, as they would between processes, and arrive on a later tick in publish order.
 *
 * @example
 * const hub = createMemoryHub();
 * const a = createMemoryBus({ hub });
 * const b = createMemoryBus({ hub });
 * await b.subscribe('submission:42', (message) => console.log(message));
 * await a.publish('submission:42', { state: 'running' });
 */
export function createMemoryBus(options: MemoryBusOptions = {}): EventBus {
  const hub = options.hub ?? createMemoryHub();
  const mine = new Map<EventHandler, string>();
  let closed = false;

  const remove = (channel: string, handler: EventHandler) => {
    mine.delete(handler);
    const handlers = hub.channels.get(channel);
    handlers?.delete(handler);
    if (handlers?.size === 0) hub.channels.delete(channel);
  };

  return {
    async publish(channel, message) {
      if (closed) throw new BusClosedError('publish');
      checkChannel(channel);
      const text = encode(channel, message);
      // the set at delivery time: an unsubscribed handler hears nothing more
      queueMicrotask(() => {
        const handlers = hub.channels.get(channel);
        if (handlers) dispatch(handlers, JSON.parse(text), (error) => options.onError?.(error, channel));
      });
    },

    async subscribe(channel, handler) {
      if (closed) throw new BusClosedError('subscribe');
      checkChannel(channel);
      // each subscription its own function, so one handler may subscribe twice
      const subscription: EventHandler = (message) => handler(message);
      let handlers = hub.channels.get(channel);
      if (!handlers) {
        handlers = new Set();
        hub.channels.set(channel, handlers);
      }
      handlers.add(subscription);
      mine.set(subscription, channel);
      return async () => remove(channel, subscription);
    },

    async close() {
      closed = true;
      for (const [handler, channel] of [...mine]) remove(channel, handler);
    },
  };
}
