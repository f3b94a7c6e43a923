import type { Writable } from 'node:stream';
import type { Program, ProgramRunResult } from '@verdict/languages';
import { type Verdict, verdictOfRun } from '../verdict.ts';
import { compareCalls, compareValue } from './compare.ts';
import { type Json, JsonSyntaxError, parseJson } from './json.ts';
import { type DriverRecord, DriverStream, driverInput, newNonce, PROGRESS_REQUEST } from './protocol.ts';
import type { PreparedFunction } from './tests.ts';

/** A whole run gets (tests + 1) x the time limit of CPU, at most this much (or twice the limit). */
export const RUN_CPU_CAP_MS = 60_000;
/** What the user's code printed during one test is kept up to this many characters. */
const OUTPUT_CLIP_CHARS = 4_096;
const STDERR_TAIL_CHARS = 1_000;
/** Asking the driver for a running test's CPU time again sooner than this is no use. */
const PROGRESS_MIN_MS = 20;

/** The outcome of one test of a function problem. */
export interface FunctionOutcome {
  verdict: Verdict;
  cpuMs: number;
  wallMs: number;
  memoryKb: number;
  message: string | null;
  /** The result the driver reported, when it returned one. */
  got: Json | null;
  /** What the user's code printed on stdout during the test (not judged). */
  output: string;
}

export interface FunctionRunnerOptions {
  program: Program;
  prepared: PreparedFunction;
  /** The problem's time limit per test, before the language's multiplier. */
  timeLimitMs: number;
  memoryKb: number;
  stdoutBytes: number;
  /** Wall clock a test may take before the judge ends the run: see wallLimitMs. */
  wallLimitMs(cpuLimitMs: number): number;
}

interface Run {
  from: number;
  next: number;
  current: number | null;
  finished: boolean;
  doneSeen: boolean;
  /** Why the judge ended the run itself: no more tests wanted, the wall or CPU limit of a test, a broken driver. */
  endedBy: 'stop' | 'watchdog' | 'cpu' | 'protocol' | null;
  /** CPU time of the running test as the driver last reported it. */
  reportedCpuMs: number;
  /** When the running test's start record arrived, by the judge's clock. */
  startedAt: number;
  /** The driver's last report of the process's peak memory. */
  memoryKb: number;
  progress: NodeJS.Timeout | undefined;
  stdin: Writable | null;
  cpuUsedMs: number;
  lastRecordAt: number;
  outputs: Map<number, string[]>;
  watchdog: NodeJS.Timeout | undefined;
  promise: Promise<void>;
}

function clipOutput(lines: string[] | undefined): string {
  if (!lines || lines.length === 0) return '';
  const text = `${lines.join('\n')}\n`;
  return text.length > OUTPUT_CLIP_CHARS ? `${text.slice(0, OUTPUT_CLIP_CHARS)}…\n` : text;
}

function howItEnded(result: ProgramRunResult): string {
  const how = result.signal ? `killed by ${result.signal}` : `exit code ${result.exitCode}`;
  const tail = result.stderr.trim().slice(-STDERR_TAIL_CHARS);
  return tail ? `${how}\n${tail}` : how;
}

/**
 * Runs a function problem's tests in one sandboxed process, watching the driver's records as
 * they arrive. A test that crashes the process, or runs past its time, ends the run; asking
 * for a later test then starts a new run from there, so every test still gets a verdict when
 * the judge wants them all (scoring, runAll).
 */
export class FunctionRunner {
  private readonly outcomes = new Map<number, FunctionOutcome>();
  private run: Run | null = null;
  private wake: (() => void) | null = null;
  private failure: unknown = null;
  peakMemoryKb = 0;
  private readonly perTestCpuMs: number;

  constructor(private readonly options: FunctionRunnerOptions) {
    this.perTestCpuMs = Math.ceil(options.timeLimitMs * options.program.language.timeMultiplier);
  }

  /** The outcome of test `index` (a position in prepared.tests). */
  async judge(index: number): Promise<FunctionOutcome> {
    for (;;) {
      if (this.failure) throw this.failure;
      const known = this.outcomes.get(index);
      if (known) return known;
      const run = this.run;
      if (!run || run.finished || run.from > index) {
        if (run && !run.finished) await this.stop();
        this.start(index);
        continue;
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  /** Ends the run in progress (the judge needs no more tests) and waits for it to be gone. */
  async stop(): Promise<void> {
    const run = this.run;
    if (!run || run.finished) return;
    run.endedBy ??= 'stop';
    run.stdin?.end();
    await run.promise;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private start(from: number): void {
    const { prepared, timeLimitMs } = this.options;
    const lines = prepared.tests.slice(from).map((test) => test.line);
    const nonce = newNonce();
    const cpuMs = Math.min((lines.length + 1) * timeLimitMs, Math.max(RUN_CPU_CAP_MS, 2 * timeLimitMs));
    const run: Run = {
      from,
      next: from,
      current: null,
      finished: false,
      doneSeen: false,
      endedBy: null,
      stdin: null,
      cpuUsedMs: 0,
      lastRecordAt: performance.now(),
      reportedCpuMs: 0,
      startedAt: 0,
      memoryKb: 0,
      progress: undefined,
      outputs: new Map(),
      watchdog: undefined,
      promise: Promise.resolve(),
    };
    this.run = run;
    const stream = new DriverStream(
      nonce,
      (record) => this.onRecord(run, record),
      (line) => this.onUserLine(run, line),
    );
    const execution = this.options.program.run({
      stdin: { stream: true },
      limits: {
        cpuMs,
        wallMs: this.options.wallLimitMs(cpuMs),
        memoryKb: this.options.memoryKb,
        stdoutBytes: this.options.stdoutBytes,
      },
      onStart: (io) => {
        run.stdin = io.stdin;
        io.stdin?.on('error', () => {});
        io.stdin?.write(driverInput(nonce, lines));
        if (run.endedBy) io.stdin?.end();
        io.stdout.on('data', (chunk: Buffer) => {
          try {
            stream.push(chunk);
          } catch (error) {
            this.protocolError(run, (error as Error).message);
          }
        });
        this.arm(run);
      },
    });
    run.promise = execution.then(
      (result) => this.onEnd(run, result, stream),
      (error: unknown) => {
        clearTimeout(run.watchdog);
        clearTimeout(run.progress);
        run.finished = true;
        this.failure = error;
        this.notify();
      },
    );
  }

  /** The judge's own clock: a test (or the start-up) that runs past its wall limit ends the run. */
  private arm(run: Run): void {
    clearTimeout(run.watchdog);
    run.lastRecordAt = performance.now();
    run.watchdog = setTimeout(() => {
      run.endedBy ??= 'watchdog';
      run.stdin?.end();
    }, this.options.wallLimitMs(this.perTestCpuMs));
  }

  /** Asks the driver, once the test could have used its CPU time, how much it has used. */
  private askProgress(run: Run, afterMs: number): void {
    clearTimeout(run.progress);
    run.progress = setTimeout(() => {
      if (run.current !== null && !run.endedBy) run.stdin?.write(PROGRESS_REQUEST);
    }, afterMs);
  }

  private onProgress(run: Run, index: number, cpuUs: number): void {
    if (index < 0 || index + run.from !== run.current || run.endedBy) return;
    run.reportedCpuMs = cpuUs / 1000;
    if (run.reportedCpuMs > this.perTestCpuMs) {
      run.endedBy = 'cpu';
      run.stdin?.end();
      return;
    }
    this.askProgress(run, Math.max(PROGRESS_MIN_MS, this.perTestCpuMs - run.reportedCpuMs + PROGRESS_MIN_MS));
  }

  private onUserLine(run: Run, line: string): void {
    const index = run.current ?? run.next;
    const lines = run.outputs.get(index) ?? [];
    if (lines.join('\n').length <= OUTPUT_CLIP_CHARS) lines.push(line);
    run.outputs.set(index, lines);
  }

  /** The driver writes a newline before each record: drop the empty line that leaves behind. */
  private dropSeparator(run: Run, index: number): void {
    const lines = run.outputs.get(index);
    if (lines?.at(-1) === '') lines.pop();
  }

  private protocolError(run: Run, message: string): void {
    const index = run.current ?? run.next;
    if (!this.outcomes.has(index) && index < this.options.prepared.tests.length) {
      this.settle(run, index, { verdict: 'IE', message: `the driver broke the protocol: ${message}` });
    }
    run.endedBy ??= 'protocol';
    run.stdin?.end();
  }

  private onRecord(run: Run, record: DriverRecord): void {
    if (run.endedBy) return;
    if (record.type === 'progress') {
      this.onProgress(run, record.index, record.cpuUs);
      return;
    }
    if (record.type === 'done') {
      run.doneSeen = true;
      this.dropSeparator(run, run.next);
      return;
    }
    const expected = record.type === 'start' ? run.next : run.current;
    if (record.index + run.from !== expected) {
      this.protocolError(run, `a record for test ${record.index + run.from} came when ${expected} was due`);
      return;
    }
    const index = expected;
    this.dropSeparator(run, index);
    this.arm(run);
    if (record.type === 'start') {
      run.current = index;
      run.reportedCpuMs = 0;
      run.startedAt = performance.now();
      this.askProgress(run, this.perTestCpuMs);
      this.notify();
      return;
    }
    clearTimeout(run.progress);
    run.current = null;
    run.next = index + 1;
    if (record.type === 'bad-input') {
      this.settle(run, index, { verdict: 'IE', message: `the driver could not read the test: ${record.message}` });
      return;
    }
    const measured = { cpuMs: record.cpuUs / 1000, wallMs: record.wallUs / 1000, memoryKb: record.memoryKb };
    run.cpuUsedMs += measured.cpuMs;
    run.memoryKb = Math.max(run.memoryKb, record.memoryKb);
    // the judge's own clock bounds what the driver reports (a forged report cannot shorten a test)
    const observedMs = performance.now() - run.startedAt;
    const wallLimit = this.options.wallLimitMs(this.perTestCpuMs);
    if (observedMs > wallLimit) {
      this.settle(run, index, {
        ...measured,
        verdict: 'TLE',
        message: `took ${Math.round(observedMs)} ms of wall time; the limit is ${wallLimit} ms`,
      });
      return;
    }
    this.settle(run, index, { ...measured, ...this.verdictOf(index, record) });
  }

  private verdictOf(
    index: number,
    record: DriverRecord & { type: 'end' | 'threw' },
  ): { verdict: Verdict; message: string | null; got?: Json } {
    const cpuMs = record.cpuUs / 1000;
    const wallLimit = this.options.wallLimitMs(this.perTestCpuMs);
    if (cpuMs > this.perTestCpuMs || record.wallUs / 1000 > wallLimit) {
      return { verdict: 'TLE', message: `the call took ${Math.round(cpuMs)} ms; the limit is ${this.perTestCpuMs} ms` };
    }
    if (record.type === 'threw') {
      const verdict = verdictOfRun({ status: 'runtime-error', stderr: record.message }) ?? 'RE';
      return { verdict, message: record.message };
    }
    let got: Json;
    try {
      got = parseJson(record.json);
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      return { verdict: 'IE', message: `the driver's result is not JSON: ${error.message}` };
    }
    const test = this.options.prepared.tests[index];
    if (!test) return { verdict: 'IE', message: `no test ${index}` };
    const compare = this.options.prepared.signature;
    const difference = test.calls
      ? compareCalls(test.expected as Json[], got, test.calls, compare)
      : compareValue(test.expected, got, compare);
    return { verdict: difference ? 'WA' : 'AC', message: difference, got };
  }

  private settle(
    run: Run,
    index: number,
    outcome: Partial<FunctionOutcome> & { verdict: Verdict; message: string | null },
  ): void {
    this.outcomes.set(index, {
      cpuMs: 0,
      wallMs: 0,
      memoryKb: 0,
      got: null,
      ...outcome,
      output: clipOutput(run.outputs.get(index)),
    });
    this.notify();
  }

  private onEnd(run: Run, result: ProgramRunResult, stream: DriverStream): void {
    clearTimeout(run.watchdog);
    clearTimeout(run.progress);
    stream.end();
    this.peakMemoryKb = Math.max(this.peakMemoryKb, result.memoryKb);
    run.finished = true;
    const index = run.current ?? run.next;
    const pending = index < this.options.prepared.tests.length && !this.outcomes.has(index);
    if (pending && run.doneSeen) {
      this.settle(run, index, { verdict: 'IE', message: 'the driver finished without reporting this test' });
    } else if (pending && run.endedBy !== 'stop') {
      const measured = {
        // the run's CPU less the tests before: start-up and this test
        cpuMs: Math.max(result.cpuMs - run.cpuUsedMs, run.reportedCpuMs, 0),
        wallMs: Math.round(performance.now() - run.lastRecordAt),
        memoryKb: Math.max(result.memoryKb, run.memoryKb),
      };
      this.settle(run, index, { ...measured, ...this.verdictOfEnd(run, result, index) });
    }
    this.notify();
  }

  /** The test in progress when the process ended: its time, memory, crash or early exit. */
  private verdictOfEnd(run: Run, result: ProgramRunResult, index: number): { verdict: Verdict; message: string } {
    if (run.endedBy === 'cpu') {
      return { verdict: 'TLE', message: `used more than ${this.perTestCpuMs} ms of CPU time` };
    }
    if (run.endedBy === 'watchdog') {
      return { verdict: 'TLE', message: `still running after ${this.options.wallLimitMs(this.perTestCpuMs)} ms` };
    }
    const verdict = verdictOfRun(result);
    if (verdict === 'TLE') {
      return { verdict, message: 'the whole run used up its CPU time (tests × time limit) during this test' };
    }
    if (verdict !== null) return { verdict, message: howItEnded(result) };
    const started = run.current === index ? 'during' : 'before';
    return {
      verdict: 'RE',
      message: `the program ended ${started} this test (${howItEnded(result)}); does the code exit or close stdout?`,
    };
  }
}
