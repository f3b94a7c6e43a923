import { connect, type NatsConnection } from '@nats-io/transport-node';

const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

export interface NatsConnectOptions {
  /** nats://host:4222, several separated by commas */
  servers: string;
  /** shown by the server's monitoring, e.g. 'verdict-queue' */
  name: string;
  /** how long the first connection may take before start-up fails (default 5000 ms) */
  connectTimeoutMs?: number;
}

/** The server list without passwords, for error messages. */
export function displayServers(servers: string): string {
  return splitServers(servers)
    .map((server) => {
      try {
        const parsed = new URL(server.includes('://') ? server : `nats://${server}`);
        if (parsed.password) parsed.password = '***';
        return parsed.toString();
      } catch {
        return '(an unparsable URL)';
      }
    })
    .join(',');
}

function splitServers(servers: string): string[] {
  return servers
    .split(',')
    .map((server) => server.trim())
    .filter((server) => server.length > 0);
}

/**
 * Connects once, so a wrong URL or a server that is down fails at start-up with the reason; after
 * that the client reconnects on its own for as long as the process lives.
 */
export async function connectNats(options: NatsConnectOptions): Promise<NatsConnection> {
  try {
    return await connect({
      servers: splitServers(options.servers),
      name: options.name,
      timeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      maxReconnectAttempts: -1,
    });
  } catch (error) {
    throw new Error(
      `cannot connect to NATS at ${displayServers(options.servers)}: ${errorMessage(error)}; check that it runs`,
      {
        cause: error,
      },
    );
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
