import { Redis } from 'ioredis';
import { BusClosedError, checkChannel, decode, dispatch, type EventBus, type EventHandler, encode } from './events.ts';

export interface RedisBusOptions {
  /** redis://[:password@]host:6379[/db] */
  url: string;
  /** put before every channel name, so installations can share a Redis (default 'verdict:') */
  prefix?: string;
  /** how long the first connection may take before start-up fails (default 5000 ms) */
  connectTimeoutMs?: number;
  /** told about a handler that threw; the other handlers still get the message */
  onError?: (error: unknown, channel: string) => void;
}

const DEFAULT_PREFIX = 'verdict:';
const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
// ioredis's own default backoff: 50 ms more per attempt, at most 2 s apart
const RETRY_STEP_MS = 50;
const RETRY_MAX_MS = 2_000;

interface ChannelEntry {
  readonly handlers: Set<EventHandler>;
  /** settles when Redis has confirmed the SUBSCRIBE */
  readonly ready: Promise<void>;
}

/** The URL without its password, for error messages. */
function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparsable URL)';
  }
}

/**
 * The distributed event bus on Redis pub/sub: one connection publishes, one subscribes (Redis
 * allows nothing else on a subscribed connection), one Redis SUBSCRIBE per channel however many
 * handlers this process has on it. Messages are JSON; delivery is at most once (pub/sub keeps
 * nothing for a subscriber that is away) and in publish order per publisher and channel.
 *
 * @example
 * const bus = await createRedisBus({ url: 'redis://redis:6379' });
 */
export async function createRedisBus(options: RedisBusOptions): Promise<EventBus> {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  let started = false;
  let lastError: Error | undefined;
  const open = (role: string) => {
    const connection = new Redis(options.url, {
      lazyConnect: true,
      connectTimeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      connectionName: `verdict-bus-${role}`,
      // no retries before the first connection: start-up fails at once with the reason
      retryStrategy: (times) => (started ? Math.min(times * RETRY_STEP_MS, RETRY_MAX_MS) : null),
    });
    // once started, a broken connection is retried by ioredis (which resubscribes); callers see failed publishes
    connection.on('error', (error: Error) => {
      lastError = error;
    });
    return connection;
  };
  const publisher = open('publish');
  const subscriber = open('subscribe');
  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
    started = true;
  } catch (error) {
    // a connection that failed has ended already; disconnecting it again would hold the process for seconds
    for (const connection of [publisher, subscriber]) if (connection.status !== 'end') connection.disconnect();
    const cause: unknown = lastError ?? error;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(
      `cannot connect to Redis at ${displayUrl(options.url)}: ${reason}; check that it runs and the URL`,
      {
        cause,
      },
    );
  }

  const channels = new Map<string, ChannelEntry>();
  let closed = false;

  subscriber.on('message', (redisChannel: string, text: string) => {
    if (!redisChannel.startsWith(prefix)) return;
    const channel = redisChannel.slice(prefix.length);
    const entry = channels.get(channel);
    const decoded = decode(text);
    if (entry && decoded.ok) dispatch(entry.handlers, decoded.message, (error) => options.onError?.(error, channel));
  });

  const release = async (channel: string, entry: ChannelEntry) => {
    if (entry.handlers.size > 0 || channels.get(channel) !== entry) return;
    channels.delete(channel);
    // commands on one connection run in order, so a SUBSCRIBE sent after this one still wins
    if (!closed) await subscriber.unsubscribe(prefix + channel);
  };

  return {
    async publish(channel, message) {
      if (closed) throw new BusClosedError('publish');
      checkChannel(channel);
      await publisher.publish(prefix + channel, encode(channel, message));
    },

    async subscribe(channel, handler) {
      if (closed) throw new BusClosedError('subscribe');
      checkChannel(channel);
      let entry = channels.get(channel);
      if (!entry) {
        entry = { handlers: new Set(), ready: subscriber.subscribe(prefix + channel).then(() => {}) };
        channels.set(channel, entry);
      }
      const subscription: EventHandler = (message) => handler(message);
      entry.handlers.add(subscription);
      const current = entry;
      try {
        await current.ready;
      } catch (error) {
        current.handlers.delete(subscription);
        await release(channel, current).catch(() => {});
        throw error;
      }
      return async () => {
        if (current.handlers.delete(subscription)) await release(channel, current);
      };
    },

    async close() {
      if (closed) return;
      closed = true;
      channels.clear();
      await Promise.all(
        [publisher, subscriber].map((connection) => connection.quit().catch(() => connection.disconnect())),
      );
    },
  };
}
