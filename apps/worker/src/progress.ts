import type { SubmissionProgress, WorkerLink } from '@verdict/protocol';
import { describeError, type WorkerLogger } from './logger.ts';

/** Progress is sent at most this often: a run of 100 fast tests must not make 100 requests. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Sends a submission's progress to the server, throttled: one report in flight at a time, at
 * most one every PROGRESS_INTERVAL_MS, and always the latest (an intermediate one may be skipped,
 * the last one never is). Failures are logged: progress is a courtesy, the verdict is what counts.
 */
export class ProgressReporter {
  private pending: SubmissionProgress | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastSentAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly link: Pick<WorkerLink, 'submissionProgress'>,
    private readonly submissionId: string,
    private readonly logger: WorkerLogger,
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
  ) {}

  report(progress: SubmissionProgress): void {
    this.pending = progress;
    this.schedule();
  }

  /** Sends what is still pending and waits for it: call before finishing the submission. */
  async flush(): Promise<void> {
    while (this.pending || this.inFlight || this.timer) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      if (this.inFlight) await this.inFlight;
      else this.send();
    }
  }

  private schedule(): void {
    if (this.timer || this.inFlight) return;
    const waitMs = Math.max(0, this.lastSentAt + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.send();
    }, waitMs);
  }

  private send(): void {
    const progress = this.pending;
    if (!progress) return;
    this.pending = null;
    this.lastSentAt = Date.now();
    this.inFlight = this.link
      .submissionProgress(this.submissionId, progress)
      .catch((error) => {
        this.logger.warn({ id: this.submissionId, ...describeError(error) }, 'progress report failed');
      })
      .finally(() => {
        this.inFlight = null;
        if (this.pending) this.schedule();
      });
  }
}
