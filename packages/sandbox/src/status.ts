import { constants } from 'node:os';
import type { SandboxStatus } from './types.ts';

/** What the launcher's init step reports when the program ends. */
export interface InitReport {
  /** Raw wait(2) status of the program. */
  waitStatus: number;
  /** errno of a failed setup step or exec, 0 when the program started. */
  execErrno: number;
  cpuUs: number;
  maxRssKb: number;
  wallUs: number;
}

export function parseInitReport(line: string): InitReport | null {
  const fields = new Map<string, number>();
  for (const part of line.trim().split(' ')) {
    const [key, value] = part.split('=');
    if (key !== undefined && value !== undefined) fields.set(key, Number(value));
  }
  const get = (key: string) => fields.get(key);
  const waitStatus = get('status');
  const utime = get('utime_us');
  const stime = get('stime_us');
  const wall = get('wall_us');
  if (waitStatus === undefined || utime === undefined || stime === undefined || wall === undefined) {
    return null;
  }
  return {
    waitStatus,
    execErrno: get('exec_errno') ?? 0,
    cpuUs: utime + stime,
    maxRssKb: get('maxrss_kb') ?? 0,
    wallUs: wall,
  };
}

const SIGNAL_NAMES = new Map<number, string>(Object.entries(constants.signals).map(([name, number]) => [number, name]));

/** Exit code and signal name from a raw wait status. */
export function decodeWaitStatus(status: number): { exitCode: number | null; signal: string | null } {
  const signal = status & 0x7f;
  if (signal === 0) return { exitCode: (status >> 8) & 0xff, signal: null };
  return { exitCode: null, signal: SIGNAL_NAMES.get(signal) ?? `SIG${signal}` };
}

/** Everything the host observed about a run that decides its status. */
export interface RunFacts {
  exitCode: number | null;
  signal: string | null;
  cpuMs: number;
  cpuLimitMs: number;
  killedForCpu: boolean;
  killedForWall: boolean;
  oomKilled: boolean;
  /** an allocation ran into the memory limit at some point of the run */
  memoryLimitHit: boolean;
  outputOverflow: boolean;
}

/**
 * The status of a run. Precedence, most specific cause first: memory (the OOM killer acted, or
 * the run hit the memory cap and then failed or was stopped), then CPU time, then wall time,
 * then output, then how the program itself ended. A CPU-bound program that also hit the wall
 * clock is a time-limit; a program the OOM killer ended is a memory-limit even though it died
 * of SIGKILL. (Written down with the judge's verdict mapping in docs/VERDICTS.md.)
 */
export function classify(facts: RunFacts): SandboxStatus {
  // At the memory cap the kernel reclaims page by page before its OOM killer acts, and a
  // program can burn its whole CPU limit there; or its allocator fails first (bad_alloc,
  // MemoryError) and it dies. A run that hit the cap and then did not end well ended because
  // of its memory use.
  const endedBadly = facts.killedForCpu || facts.killedForWall || facts.signal !== null || facts.exitCode !== 0;
  if (facts.oomKilled || (facts.memoryLimitHit && endedBadly)) return 'memory-limit';
  if (facts.killedForCpu || facts.signal === 'SIGXCPU' || facts.cpuMs > facts.cpuLimitMs) return 'time-limit';
  if (facts.killedForWall) return 'wall-time-limit';
  if (facts.outputOverflow || facts.signal === 'SIGXFSZ') return 'output-limit';
  if (facts.signal !== null) return 'signaled';
  if (facts.exitCode !== 0) return 'runtime-error';
  return 'ok';
}
