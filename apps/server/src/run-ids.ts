import { randomBytes } from 'node:crypto';

/**
 * Every run outcome is published here; every server instance subscribes, keeps recent outcomes
 * for GET /api/v1/runs/:id, answers waiting POSTs and forwards each to its owner's sockets.
 */
export const RUNS_CHANNEL = 'runs';

const RUN_ID = /^run_([0-9a-z]{9})[0-9a-f]{16}_(\S+)$/;

/**
 * `run_<time><random>_<userId>`. Runs are not stored; the id itself carries what any instance
 * needs to route the outcome (the owner) and to tell a lost run from a pending one (the time).
 */
export function newRunId(userId: string, nowMs = Date.now()): string {
  return `run_${nowMs.toString(36).padStart(9, '0')}${randomBytes(8).toString('hex')}_${userId}`;
}

export function userIdOfRun(id: string): string | undefined {
  return RUN_ID.exec(id)?.[2];
}

export function createdAtOfRun(id: string): number | undefined {
  const time = RUN_ID.exec(id)?.[1];
  return time === undefined ? undefined : Number.parseInt(time, 36);
}
