import type { ServerPolicy } from './context.ts';

/** The API's limits when the configuration does not set them. */
export const DEFAULT_POLICY: ServerPolicy = {
  cookieSecure: false,
  admins: [],
  requestsPerMinute: 1200,
  loginAttemptsPerIp: 100,
  loginFailuresPerAccount: 10,
  submissionsPerMinute: 30,
  runsPerMinute: 60,
  maxActiveSubmissions: 5,
  runWaitMs: 10_000,
  maxPackageBytes: 64 * 1024 * 1024,
};

/** The window of both login limits. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MINUTE_MS = 60 * 1000;
