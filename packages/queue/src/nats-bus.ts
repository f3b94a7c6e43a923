import { BusClosedError, checkChannel, decode, dispatch, type EventBus, encode } from './events.ts';
import { connectNats } from './nats-connect.ts';

export interface NatsBusOptions {
  /** nats://host:4222, several separated by commas */
  servers: string;
  /** put before every channel's subject, so installations can share a NATS (default 'verdict.') */
  prefix?: string;
  /** how long the first connection may take before start-up fails (default 5000 ms) */
  connectTimeoutMs?: number;
  /** told about a handler that threw; the other handlers still get the message */
  onError?: (error: unknown, channel: string) => void;
}

const DEFAULT_PREFIX = 'verdict.';
const SUBJECT_SAFE = /^[A-Za-z0-9_:-]$/;

/**
 * A channel becomes one subject token: characters NATS gives a meaning to (. * > and spaces)
 * are %-escaped, so 'a.b' and 'a.*' stay channels of their own, never a hierarchy or a wildcard.
 */
export function subjectToken(channel: string): string {
  let token = '';
  for (const char of channel) {
    if (SUBJECT_SAFE.test(char)) token += char;
    else for (const byte of Buffer.from(char, 'utf8')) token += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return token;
}

/**
 * The distributed event bus on core NATS subjects (no JetStream): delivery is at most once, in
 * publish order per publisher and channel. One connection per bus; messages are JSON.
 *
 * @example
 * const bus = await createNatsBus({ servers: 'nats://nats:4222' });
 */
export async function createNatsBus(options: NatsBusOptions): Promise<EventBus> {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const nc = await connectNats({
    servers: options.servers,
    name: 'verdict-bus',
    ...(options.connectTimeoutMs ? { connectTimeoutMs: options.connectTimeoutMs } : {}),
  });
  let closed = false;
  const subjectOf = (channel: string) => prefix + subjectToken(channel);

  return {
    async publish(channel, message) {
      if (closed) throw new BusClosedError('publish');
      checkChannel(channel);
      nc.publish(subjectOf(channel), encode(channel, message));
    },

    async subscribe(channel, handler) {
      if (closed) throw new BusClosedError('subscribe');
      checkChannel(channel);
      const subscription = nc.subscribe(subjectOf(channel), {
        callback: (error, message) => {
          if (error) return;
          const decoded = decode(message.string());
          if (decoded.ok) dispatch([handler], decoded.message, (failure) => options.onError?.(failure, channel));
        },
      });
      // the server has the interest once the round trip is done: later publishes reach us
      await nc.flush();
      return async () => {
        if (subscription.isClosed()) return;
        subscription.unsubscribe();
        if (!nc.isClosed()) await nc.flush();
      };
    },

    async close() {
      if (closed) return;
      closed = true;
      if (!nc.isClosed()) await nc.drain();
    },
  };
}
