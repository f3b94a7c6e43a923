// Helpers of the server tests: a small HTTP client with a cookie jar and the CSRF header, a
// WebSocket event reader that waits on messages (never on sleeps), and the sum fixture.
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importProblemPackage } from '@verdict/catalog';
import { loadLanguages } from '@verdict/languages';
import type { Store } from '@verdict/store';
import WebSocket from 'ws';

export const SUM_FIXTURE = fileURLToPath(new URL('../../../problems-fixtures/sum', import.meta.url));

export const CODE = {
  cppAccepted: '#include <iostream>\nint main() { long long a, b; std::cin >> a >> b; std::cout << a + b << "\\n"; }\n',
  cppCompileError: 'int main() { this is not C++ }\n',
  pythonAccepted: 'a, b = map(int, input().split())\nprint(a + b)\n',
  pythonWrong: 'a, b = map(int, input().split())\nprint(a - b)\n',
  pythonSlow: 'while True:\n    pass\n',
};

export async function importSum(store: Store): Promise<void> {
  await importProblemPackage({ store, source: { dir: SUM_FIXTURE }, languages: loadLanguages() });
}

export async function tempDir(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** A parsed JSON body: tests read whatever shape the API answered (JSON.parse's own type). */
export type Json = ReturnType<typeof JSON.parse>;

export interface Answer {
  status: number;
  headers: Headers;
  json: Json;
  text: string;
}

/** One user's view of the API: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  cookie: string | undefined;
  csrfToken: string | undefined;
  bearer: string | undefined;

  constructor(readonly baseUrl: string) {}

  async request(
    method: string,
    path: string,
    options: { body?: unknown; raw?: Uint8Array | string; headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.csrfToken && options.csrf !== false && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    let body: string | Uint8Array | undefined;
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.body);
    } else if (options.raw !== undefined) {
      body = options.raw;
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const setCookie = response.headers.get('set-cookie');
    const session = setCookie ? /verdict_session=([^;]*)/.exec(setCookie)?.[1] : undefined;
    if (session !== undefined) this.cookie = session === '' ? undefined : `verdict_session=${session}`;
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if ((json as { csrfToken?: string } | undefined)?.csrfToken)
      this.csrfToken = (json as { csrfToken: string }).csrfToken;
    return { status: response.status, headers: response.headers, json, text };
  }

  get = (path: string, headers?: Record<string, string>) => this.request('GET', path, { headers });
  post = (path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', path, { body, headers });

  async register(username: string, password = 'correct horse battery'): Promise<Answer> {
    return this.post('/api/v1/auth/register', { username, email: `${username}@example.com`, password });
  }
}

/** A /ws connection that collects every event and lets a test wait for the one it needs. */
export class EventReader {
  readonly events: Json[] = [];
  private readonly waiting: { match: (event: Json) => boolean; resolve: (event: Json) => void }[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const event = JSON.parse(String(data));
      this.events.push(event);
      for (const waiter of [...this.waiting]) {
        if (waiter.match(event)) {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          waiter.resolve(event);
        }
      }
    });
  }

  /** Connects and waits for the server's "ready" message (the user's events flow from then on). */
  static async open(wsUrl: string, headers: Record<string, string>): Promise<EventReader> {
    const reader = new EventReader(new WebSocket(wsUrl, { headers }));
    await reader.next((event) => event.type === 'ready');
    return reader;
  }

  next(match: (event: Json) => boolean): Promise<Json> {
    const seen = this.events.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiting.push({ match, resolve }));
  }

  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    const closed = once(this.socket, 'close');
    this.socket.close();
    await closed;
  }
}
