// The live event socket (/ws): one per tab while signed in, reconnecting with backoff.
// Events for a submission are kept for a short while, so a page that learns the submission id
// after its first events arrived (the POST answers after the job is queued) still sees them.

export interface LiveEvent {
  type: string;
  submissionId?: string;
  runId?: string;
  [key: string]: unknown;
}

type Listener = (event: LiveEvent) => void;

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 15_000;
const KEPT_EVENTS = 200;
const WS_CLOSE_UNAUTHORIZED = 4001;

class EventSocket {
  private socket: WebSocket | null = null;
  private listeners = new Set<Listener>();
  private recent: LiveEvent[] = [];
  private retryMs = RECONNECT_MIN_MS;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private wanted = false;

  start(): void {
    this.wanted = true;
    if (!this.socket) this.connect();
  }

  stop(): void {
    this.wanted = false;
    clearTimeout(this.timer);
    this.socket?.close(1000, 'signed out');
    this.socket = null;
  }

  /** Receives every event; also replays the kept ones that `replay` selects. */
  listen(listener: Listener, replay?: (event: LiveEvent) => boolean): () => void {
    this.listeners.add(listener);
    if (replay) for (const event of this.recent.filter(replay)) listener(event);
    return () => this.listeners.delete(listener);
  }

  private connect(): void {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${window.location.host}/ws`);
    this.socket = socket;
    socket.onopen = () => {
      this.retryMs = RECONNECT_MIN_MS;
    };
    socket.onmessage = (message) => {
      let event: LiveEvent;
      try {
        event = JSON.parse(String(message.data)) as LiveEvent;
      } catch {
        return;
      }
      this.recent.push(event);
      if (this.recent.length > KEPT_EVENTS) this.recent.splice(0, this.recent.length - KEPT_EVENTS);
      for (const listener of this.listeners) listener(event);
    };
    socket.onclose = (close) => {
      if (this.socket === socket) this.socket = null;
      if (!this.wanted || close.code === WS_CLOSE_UNAUTHORIZED) return;
      this.timer = setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
    };
  }
}

export const liveEvents = new EventSocket();
