import type { Socket } from 'node:net';
import { availableParallelism } from 'node:os';
import type { RunCgroup } from './cgroup.ts';
import { SandboxError } from './errors.ts';
import { CappedOutput } from './output.ts';
import { classify, decodeWaitStatus, parseInitReport } from './status.ts';
import type { SandboxIo, SandboxLimits, SandboxResult } from './types.ts';

/** Shortest pause between two checks of a run's CPU time. */
const CPU_POLL_MIN_MS = 5;
/** After the program and its leaf are gone, its stdout and stderr must close at once. */
const STREAM_CLOSE_TIMEOUT_MS = 5_000;

export interface WatchedRun {
  leaf: RunCgroup;
  limits: SandboxLimits;
  stdout: Socket;
  stderr: Socket;
  stdin: Socket | null;
  stdinData: string | Uint8Array | undefined;
  onStart: ((io: SandboxIo) => void) | undefined;
  /** The zygote's "done" line for this run. */
  done: Promise<string>;
}

function closed(socket: Socket): Promise<void> {
  if (socket.closed) return Promise.resolve();
  return new Promise((resolve) => socket.once('close', () => resolve()));
}

/**
 * Watches one started run of a box: CPU, wall and output limits enforced by killing the run's
 * cgroup leaf (which holds every process of the run, setsid'd or not), then the result with
 * the same fields and precedence as a one-shot run.
 */
export async function runWatched(run: WatchedRun): Promise<{ result: SandboxResult; execErrno: number }> {
  const { leaf, limits } = run;
  let killedForWall = false;
  let killedForCpu = false;
  let outputOverflow = false;
  const kill = () => leaf.killAll();
  const stdout = new CappedOutput(limits.stdoutBytes, () => {
    outputOverflow = true;
    kill();
  });
  const stderr = new CappedOutput(limits.stderrBytes, () => {
    outputOverflow = true;
    kill();
  });
  stdout.attach(run.stdout);
  stderr.attach(run.stderr);
  const outputsClosed = Promise.all([closed(run.stdout), closed(run.stderr)]);
  if (run.stdin && run.stdinData !== undefined) run.stdin.end(run.stdinData);
  run.onStart?.({ stdin: run.stdin, stdout: run.stdout });
  const started = performance.now();
  const wallTimer = setTimeout(() => {
    killedForWall = true;
    kill();
  }, limits.wallMs);
  const cores = availableParallelism();
  let cpuTimer: NodeJS.Timeout | undefined;
  const checkCpu = () => {
    const usedMs = leaf.cpuUs() / 1000;
    if (usedMs > limits.cpuMs) {
      killedForCpu = true;
      kill();
      return;
    }
    // the whole tree cannot burn more than `cores` CPU-ms per wall-ms
    cpuTimer = setTimeout(checkCpu, Math.max(CPU_POLL_MIN_MS, (limits.cpuMs - usedMs) / cores));
  };
  cpuTimer = setTimeout(checkCpu, Math.max(CPU_POLL_MIN_MS, limits.cpuMs / cores));
  let line: string;
  try {
    line = await run.done;
  } finally {
    clearTimeout(wallTimer);
    clearTimeout(cpuTimer);
  }
  // the program ended: whatever it left running (daemons, setsid'd children) ends with it
  kill();
  const hostWallMs = performance.now() - started;
  let streamTimer: NodeJS.Timeout | undefined;
  const streamsStuck = new Promise<boolean>((resolve) => {
    streamTimer = setTimeout(() => resolve(true), STREAM_CLOSE_TIMEOUT_MS);
  });
  const stuck = await Promise.race([outputsClosed.then(() => false), streamsStuck]);
  clearTimeout(streamTimer);
  if (stuck) throw new SandboxError("a run's output stayed open after all its processes ended", 'box-broken');

  const report = line.startsWith('done ') ? parseInitReport(line.slice(5)) : null;
  if (report === null) throw new SandboxError(`the box's init sent "${line.slice(0, 200)}"`, 'box-broken');
  const oomKilled = leaf.oomKilled();
  const memoryKb = leaf.memoryPeakKb() || report.maxRssKb;
  const { exitCode, signal } = decodeWaitStatus(report.waitStatus);
  const cpuMs = Math.round(report.cpuUs / 1000);
  const status = classify({
    exitCode,
    signal,
    cpuMs,
    cpuLimitMs: limits.cpuMs,
    killedForCpu,
    killedForWall,
    oomKilled,
    memoryLimitHit: leaf.memoryLimitHit(),
    outputOverflow,
  });
  return {
    execErrno: report.execErrno,
    result: {
      status,
      exitCode,
      signal,
      cpuMs,
      wallMs: report.wallUs > 0 ? Math.round(report.wallUs / 1000) : Math.round(hostWallMs),
      memoryKb,
      stdout: stdout.text(),
      stderr: stderr.text(),
      stdoutTruncated: stdout.truncated,
      stderrTruncated: stderr.truncated,
    },
  };
}
