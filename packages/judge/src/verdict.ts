import type { SandboxResult, SandboxStatus } from '@verdict/sandbox';

/** The outcome of one test case or of a whole submission (docs/VERDICTS.md). */
export type Verdict = 'AC' | 'WA' | 'TLE' | 'MLE' | 'RE' | 'OLE' | 'CE' | 'IE';

export const VERDICTS: readonly Verdict[] = ['AC', 'WA', 'TLE', 'MLE', 'RE', 'OLE', 'CE', 'IE'];

export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}

/**
 * Runtimes report running out of memory in their own way before the cgroup's OOM killer acts
 * (a capped heap): those crashes are memory-limit, not runtime errors.
 */
const OUT_OF_MEMORY = [
  /java\.lang\.OutOfMemoryError/,
  /^MemoryError\b/m,
  /std::bad_alloc/,
  /fatal error: runtime: out of memory/,
  /JavaScript heap out of memory/,
  /System\.OutOfMemoryException/,
  /memory allocation of \d+ bytes failed/,
  /Heap exhausted/,
];

/**
 * The verdict of one run of a submission, before its output is checked. `null` means the run
 * ended normally and the output decides (AC or WA). Precedence follows the sandbox's own
 * (CPU time, wall time, memory, output, then how the program ended), so when several limits
 * apply the one that ended the run wins; see docs/VERDICTS.md.
 */
export function verdictOfRun(result: Pick<SandboxResult, 'status' | 'stderr'>): Verdict | null {
  const status: SandboxStatus = result.status;
  switch (status) {
    case 'ok':
      return null;
    case 'time-limit':
    case 'wall-time-limit':
      return 'TLE';
    case 'memory-limit':
      return 'MLE';
    case 'output-limit':
      return 'OLE';
    case 'runtime-error':
    case 'signaled':
      return OUT_OF_MEMORY.some((pattern) => pattern.test(result.stderr)) ? 'MLE' : 'RE';
    default:
      return assertNever(status);
  }
}

/**
 * Interactive problems, by the problem format's rule: a validator that rejects before the
 * submission has ended gives WA, whatever the submission does next (it often crashes on the
 * closed pipe). Otherwise the submission's own time limit, memory limit or crash wins over the
 * validator's verdict. An accepted verdict needs both sides to have ended well. A validator
 * failure (IE) always wins: the verdict cannot be trusted.
 */
export function interactiveVerdict(
  submission: Pick<SandboxResult, 'status' | 'stderr' | 'signal'>,
  validator: Verdict,
  validatorEndedFirst: boolean,
): Verdict {
  if (validator === 'IE') return 'IE';
  if (validator === 'WA' && validatorEndedFirst) return 'WA';
  const own = verdictOfRun(submission);
  if (own !== null) return own;
  return validator;
}

/** The verdict of a submission from its tests: the first test that is not AC decides. */
export function firstFailure(verdicts: readonly Verdict[]): Verdict {
  return verdicts.find((verdict) => verdict !== 'AC') ?? 'AC';
}
