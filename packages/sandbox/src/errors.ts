/**
 * A failure of the sandbox itself (bubblewrap missing, cgroup write refused, launcher
 * crashed). Never the user's fault: callers report it as an Internal Error and retry.
 * One exception, by its code: 'files-limit' says a program left more files than may be
 * carried to the next run (CARRY_LIMITS); a compile that does so is a compile error.
 */
export class SandboxError extends Error {
  override readonly name = 'SandboxError';
  constructor(
    message: string,
    readonly code: SandboxErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type SandboxErrorCode =
  | 'insecure-host'
  | 'launcher-missing'
  | 'launch-failed'
  | 'exec-failed'
  | 'cgroup-failed'
  | 'box-broken'
  | 'bad-options'
  | 'files-limit';
