import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Every run outcome is published here; every server instance subscribes, keeps recent outcomes
 * for GET /api/v1/runs/:id, answers waiting POSTs and forwards each to its owner's sockets.
 */
export const RUNS_CHANNEL = 'runs';

const RUN_ID = /^run_([0-9a-z]{9})([0-9a-f]{16})([0-9a-f]{16})_(\S+)$/;
const MAC_HEX_CHARS = 16;

/**
 * The key run ids are signed with, derived from a secret every server instance shares (the worker
 * token), so any instance can tell an id it or a peer issued from one that was made up.
 */
export function runIdKey(sharedSecret: string): Buffer {
  return createHmac('sha256', 'verdict run ids').update(sharedSecret).digest();
}

function mac(key: Buffer, body: string): string {
  return createHmac('sha256', key).update(body).digest('hex').slice(0, MAC_HEX_CHARS);
}

/**
 * `run_<time><random><mac>_<userId>`. Runs are not stored; the id itself carries what any instance
 * needs to route the outcome (the owner), to tell a lost run from a pending one (the time), and
 * to tell a run that was started from one that never was (the signature).
 */
export function newRunId(key: Buffer, userId: string, nowMs = Date.now()): string {
  const stamp = `${nowMs.toString(36).padStart(9, '0')}${randomBytes(8).toString('hex')}`;
  return `run_${stamp}${mac(key, `${stamp}_${userId}`)}_${userId}`;
}

/** The owner and start time of a run id this platform issued; undefined for any other string. */
export function verifyRunId(key: Buffer, id: string): { userId: string; createdAtMs: number } | undefined {
  const match = RUN_ID.exec(id);
  if (!match) return undefined;
  const [, time = '', random = '', signature = '', userId = ''] = match;
  const expected = Buffer.from(mac(key, `${time}${random}_${userId}`));
  if (!timingSafeEqual(expected, Buffer.from(signature))) return undefined;
  return { userId, createdAtMs: Number.parseInt(time, 36) };
}

/** The owner named in a run id (not checked: outcomes come from workers, who got the id from us). */
export function userIdOfRun(id: string): string | undefined {
  return RUN_ID.exec(id)?.[4];
}
