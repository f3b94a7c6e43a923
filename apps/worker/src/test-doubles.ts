/**
 * Test doubles of the worker's surroundings: the server (a WorkerLink that stores outcomes in
 * maps and says when it was told) and a logger that keeps its lines. Used by worker.test.ts.
 */
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import {
  type RunOutcome,
  RunOutcomeSchema,
  type SubmissionOutcome,
  SubmissionOutcomeSchema,
  type SubmissionProgress,
  SubmissionProgressSchema,
  type WorkerLink,
} from '@verdict/protocol';
import { WorkerLinkError } from './http-link.ts';
import type { WorkerLogger } from './logger.ts';

/** The server as a worker sees it: stores what it is told and says when it was told. */
export class RecordingLink extends EventEmitter implements WorkerLink {
  readonly packages = new Map<string, Uint8Array>();
  readonly submissions = new Map<string, { starts: number; outcome?: SubmissionOutcome }>();
  readonly progress = new Map<string, SubmissionProgress[]>();
  readonly runs = new Map<string, RunOutcome>();
  readonly calls: string[] = [];
  /** finishSubmission throws this many times before it works. */
  finishFailures = 0;
  /** The server is away: this many calls (start, finish, package) fail to connect before it answers. */
  outage = 0;

  private away(): void {
    if (this.outage <= 0) return;
    this.outage -= 1;
    this.calls.push('unreachable');
    throw new WorkerLinkError('POST http://verdict.test failed: ECONNREFUSED', null);
  }

  count(call: string): number {
    return this.calls.filter((made) => made === call).length;
  }

  async fetchPackage(hash: string): Promise<Uint8Array> {
    this.away();
    this.calls.push('fetchPackage');
    const bytes = this.packages.get(hash);
    if (!bytes) throw new Error(`no package ${hash}`);
    return bytes;
  }

  async startSubmission(id: string): Promise<{ proceed: boolean; attempt: number }> {
    this.away();
    this.calls.push('startSubmission');
    const submission = this.submissions.get(id) ?? { starts: 0 };
    submission.starts += 1;
    this.submissions.set(id, submission);
    return { proceed: submission.outcome === undefined, attempt: submission.starts };
  }

  async submissionProgress(id: string, progress: SubmissionProgress): Promise<void> {
    SubmissionProgressSchema.parse(progress);
    this.progress.set(id, [...(this.progress.get(id) ?? []), progress]);
    this.emit('progress', id, progress);
  }

  async finishSubmission(id: string, outcome: SubmissionOutcome): Promise<void> {
    this.away();
    this.calls.push('finishSubmission');
    if (this.finishFailures > 0) {
      this.finishFailures -= 1;
      throw new Error('the server is down');
    }
    SubmissionOutcomeSchema.parse(outcome);
    const submission = this.submissions.get(id);
    assert.ok(submission, `finishSubmission(${id}) before startSubmission`);
    assert.equal(submission.outcome, undefined, `submission ${id} finished twice`);
    submission.outcome = outcome;
    this.emit(`finished:${id}`, outcome);
  }

  async finishRun(id: string, outcome: RunOutcome): Promise<void> {
    RunOutcomeSchema.parse(outcome);
    assert.equal(this.runs.has(id), false, `run ${id} finished twice`);
    this.runs.set(id, outcome);
    this.emit(`finished:${id}`, outcome);
  }

  async finished<T = SubmissionOutcome>(id: string): Promise<T> {
    const stored = this.submissions.get(id)?.outcome ?? this.runs.get(id);
    if (stored) return stored as T;
    const [outcome] = await once(this, `finished:${id}`);
    return outcome as T;
  }
}

/** A logger that keeps its lines and announces each job's last one. */
export class RecordingLogger extends EventEmitter implements WorkerLogger {
  readonly lines: { level: string; message: string; fields: Record<string, unknown> }[] = [];
  private log(level: string, fields: object, message: string): void {
    const record = fields as Record<string, unknown>;
    this.lines.push({ level, message, fields: record });
    this.emit(`line:${message}`, record);
    if (message === 'job done' || message === 'unreadable job dropped') this.emit(`done:${String(record.id)}`, record);
  }
  info(fields: object, message: string): void {
    this.log('info', fields, message);
  }
  warn(fields: object, message: string): void {
    this.log('warn', fields, message);
  }
  error(fields: object, message: string): void {
    this.log('error', fields, message);
  }
  async jobDone(id: string): Promise<Record<string, unknown>> {
    const [fields] = await once(this, `done:${id}`);
    return fields as Record<string, unknown>;
  }
}
