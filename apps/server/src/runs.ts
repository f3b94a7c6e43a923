import { type RunDoneEvent, RunDoneEventSchema, type RunOutcome } from '@verdict/protocol';

export interface RunRegistryOptions {
  /** How long an outcome stays readable with GET /api/v1/runs/:id; default 10 minutes. */
  ttlMs?: number;
  /** Outcomes kept at most (the oldest go first); default 10 000. */
  maxEntries?: number;
}

export const RUN_TTL_MS = 10 * 60 * 1000;
const DEFAULT_MAX_ENTRIES = 10_000;

/**
 * The outcomes of recent runs, as seen on the runs channel by this instance, and the POSTs
 * waiting for one. Runs are not stored in the database: they are disposable by nature.
 */
export class RunRegistry {
  private readonly outcomes = new Map<string, { event: RunDoneEvent; at: number }>();
  private readonly waiters = new Map<string, Set<(outcome: RunOutcome) => void>>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(options: RunRegistryOptions = {}) {
    this.ttlMs = options.ttlMs ?? RUN_TTL_MS;
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  }

  /** Takes a message of the runs channel; returns the event when it is a run.done. */
  accept(message: unknown): RunDoneEvent | undefined {
    const parsed = RunDoneEventSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const event = parsed.data;
    this.outcomes.delete(event.runId);
    this.outcomes.set(event.runId, { event, at: Date.now() });
    this.evict();
    const waiting = this.waiters.get(event.runId);
    this.waiters.delete(event.runId);
    for (const resolve of waiting ?? []) resolve(event.outcome);
    return event;
  }

  get(runId: string): RunDoneEvent | undefined {
    const entry = this.outcomes.get(runId);
    if (!entry) return undefined;
    if (Date.now() - entry.at > this.ttlMs) {
      this.outcomes.delete(runId);
      return undefined;
    }
    return entry.event;
  }

  /** Register before enqueueing, so a fast outcome cannot slip past. Resolves undefined after timeoutMs. */
  waitFor(runId: string, timeoutMs: number): Promise<RunOutcome | undefined> {
    const known = this.get(runId);
    if (known) return Promise.resolve(known.outcome);
    return new Promise((resolve) => {
      const done = (outcome: RunOutcome | undefined) => {
        clearTimeout(timer);
        this.waiters.get(runId)?.delete(done);
        if (this.waiters.get(runId)?.size === 0) this.waiters.delete(runId);
        resolve(outcome);
      };
      const timer = setTimeout(() => done(undefined), timeoutMs);
      let set = this.waiters.get(runId);
      if (!set) {
        set = new Set();
        this.waiters.set(runId, set);
      }
      set.add(done);
    });
  }

  private evict(): void {
    const now = Date.now();
    for (const [id, entry] of this.outcomes) {
      if (this.outcomes.size <= this.maxEntries && now - entry.at <= this.ttlMs) break;
      this.outcomes.delete(id);
    }
  }
}
