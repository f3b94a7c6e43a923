/**
 * A fixed-window counter per key (a user, an address, a login), kept in this process's memory:
 * with several server instances each enforces its own count (docs/API.md says so).
 */
export class WindowLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly options: { max: number; windowMs: number; now?: () => number }) {
    // forgets ended windows so the map does not grow with every address ever seen
    this.sweeper = setInterval(() => this.sweep(), Math.max(options.windowMs, 10_000));
    this.sweeper.unref();
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private current(key: string): { count: number; endsAt: number } {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { count: 0, endsAt: now + this.options.windowMs };
      this.windows.set(key, window);
    }
    return window;
  }

  /** Counts one hit; `ok: false` (and the wait) when the key is over its limit. */
  hit(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const window = this.current(key);
    if (window.count >= this.options.max) return { ok: false, retryAfterMs: window.endsAt - this.now() };
    window.count++;
    return { ok: true };
  }

  /** Whether a hit would be refused, without counting one. */
  check(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const window = this.current(key);
    return window.count >= this.options.max ? { ok: false, retryAfterMs: window.endsAt - this.now() } : { ok: true };
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }

  close(): void {
    clearInterval(this.sweeper);
  }
}
