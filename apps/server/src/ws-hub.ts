import { userChannel, WS_CLOSE_TOO_MANY } from '@verdict/protocol';
import type { EventBus } from '@verdict/queue';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';

/** A socket that has not answered the previous ping by the next one is dropped. */
export const WS_PING_INTERVAL_MS = 30_000;
export const WS_MAX_SOCKETS_PER_USER = 20;
/** A socket this far behind (a client that stopped reading) is dropped rather than buffered forever. */
const WS_MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
const WS_CLOSE_GOING_AWAY = 1001;
const WS_CLOSE_TOO_SLOW = 1008;

interface UserSockets {
  sockets: Set<WebSocket>;
  /** the bus subscription of the user's channel, shared by the user's sockets on this instance */
  unsubscribe: Promise<(() => Promise<void>) | undefined>;
}

/**
 * The live sockets of this instance. A user's channel is subscribed on the bus while the user
 * has at least one socket here; events of every instance reach them that way.
 */
export class WsHub {
  private readonly users = new Map<string, UserSockets>();
  private readonly alive = new WeakSet<WebSocket>();
  private readonly pinger: NodeJS.Timeout;

  constructor(
    private readonly bus: EventBus,
    private readonly logger: Logger,
    private readonly options: { maxSocketsPerUser?: number; pingIntervalMs?: number } = {},
  ) {
    this.pinger = setInterval(() => this.ping(), options.pingIntervalMs ?? WS_PING_INTERVAL_MS);
    this.pinger.unref();
  }

  /** Resolves once the user's events reach the socket. */
  async add(userId: string, socket: WebSocket): Promise<void> {
    let entry = this.users.get(userId);
    if (entry && entry.sockets.size >= (this.options.maxSocketsPerUser ?? WS_MAX_SOCKETS_PER_USER)) {
      socket.close(WS_CLOSE_TOO_MANY, 'too many open sockets for this user; close some tabs');
      return;
    }
    if (!entry) {
      const subscription = this.bus
        .subscribe(userChannel(userId), (message) => this.sendToUser(userId, message))
        .catch((error: unknown) => {
          this.logger.error({ err: error, userId }, 'subscribing to a user channel failed');
          return undefined;
        });
      entry = { sockets: new Set(), unsubscribe: subscription };
      this.users.set(userId, entry);
    }
    entry.sockets.add(socket);
    this.alive.add(socket);
    socket.on('pong', () => this.alive.add(socket));
    socket.on('close', () => this.remove(userId, socket));
    socket.on('error', (error) => this.logger.debug({ err: error, userId }, 'socket error'));
    await entry.unsubscribe;
  }

  private remove(userId: string, socket: WebSocket): void {
    const entry = this.users.get(userId);
    if (!entry?.sockets.delete(socket) || entry.sockets.size > 0) return;
    this.users.delete(userId);
    void entry.unsubscribe.then((unsubscribe) =>
      unsubscribe?.().catch((error: unknown) => this.logger.warn({ err: error, userId }, 'unsubscribing failed')),
    );
  }

  sendToUser(userId: string, message: unknown): void {
    const entry = this.users.get(userId);
    if (!entry) return;
    const text = JSON.stringify(message);
    for (const socket of entry.sockets) this.send(socket, text);
  }

  broadcast(message: unknown): void {
    const text = JSON.stringify(message);
    for (const entry of this.users.values()) for (const socket of entry.sockets) this.send(socket, text);
  }

  private send(socket: WebSocket, text: string): void {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > WS_MAX_BUFFERED_BYTES) {
      socket.close(WS_CLOSE_TOO_SLOW, 'the client does not read its events');
      return;
    }
    socket.send(text);
  }

  private ping(): void {
    for (const entry of this.users.values()) {
      for (const socket of entry.sockets) {
        if (!this.alive.has(socket)) {
          socket.terminate();
          continue;
        }
        this.alive.delete(socket);
        socket.ping();
      }
    }
  }

  /** Closes every socket (server shutdown) and drops the subscriptions. */
  async close(): Promise<void> {
    clearInterval(this.pinger);
    const entries = [...this.users.values()];
    for (const entry of entries)
      for (const socket of entry.sockets) socket.close(WS_CLOSE_GOING_AWAY, 'server stopping');
    this.users.clear();
    await Promise.all(
      entries.map((entry) => entry.unsubscribe.then((unsubscribe) => unsubscribe?.().catch(() => undefined))),
    );
  }

  get socketCount(): number {
    let count = 0;
    for (const entry of this.users.values()) count += entry.sockets.size;
    return count;
  }
}
