import type { ProblemRecord, Store } from '@verdict/store';

/** A cached problem is read again at the latest after this long, even if an event was lost. */
export const PROBLEM_CACHE_TTL_MS = 30_000;
const MAX_ENTRIES = 2_000;

/**
 * Problems by id, read through from the store. A problem.changed event (from any instance,
 * through the bus) drops the entry at once; the TTL bounds staleness when an event is lost,
 * so a change shows on every instance within a minute either way.
 */
export class ProblemCache {
  private readonly entries = new Map<string, { record: Promise<ProblemRecord | undefined>; at: number }>();

  constructor(
    private readonly store: Store,
    private readonly ttlMs = PROBLEM_CACHE_TTL_MS,
  ) {}

  get(id: string): Promise<ProblemRecord | undefined> {
    const entry = this.entries.get(id);
    if (entry && Date.now() - entry.at < this.ttlMs) return entry.record;
    const record = this.store.getProblem(id);
    const fresh = { record, at: Date.now() };
    this.entries.set(id, fresh);
    // unknown problems and failed reads are not kept: the next request asks again
    record.then(
      (found) => {
        if (!found && this.entries.get(id) === fresh) this.entries.delete(id);
      },
      () => {
        if (this.entries.get(id) === fresh) this.entries.delete(id);
      },
    );
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return record;
  }

  invalidate(id: string): void {
    this.entries.delete(id);
  }
}
