import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { DEFAULT_POLICY as D } from './policy.ts';

/**
 * The server's whole configuration: one schema, parsed once in the app's main (STYLE.md 6)
 * from command-line flags and environment variables; flags win. Each option names the flag
 * and the variable it comes from, so a bad value is reported the way the operator wrote it.
 */
interface OptionSource {
  flag?: string;
  env?: string;
  description: string;
}

const boolText = z
  .union([z.boolean(), z.enum(['1', '0', 'true', 'false', 'yes', 'no'])])
  .transform((value) => value === true || value === '1' || value === 'true' || value === 'yes');
const intText = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max);
const url = (schemes: string[]) =>
  z
    .string()
    .trim()
    .refine((text) => schemes.some((scheme) => text.startsWith(`${scheme}://`)), {
      message: `must start with ${schemes.map((scheme) => `${scheme}://`).join(' or ')}`,
    });

export const SOURCES = {
  port: { flag: '--port', env: 'PORT', description: 'TCP port to listen on (0 picks a free one)' },
  host: { env: 'HOST', description: 'address to listen on; 0.0.0.0 to accept connections from other machines' },
  dataDir: { flag: '--data', env: 'VERDICT_DATA_DIR', description: 'folder of the embedded database and caches' },
  databaseUrl: { env: 'DATABASE_URL', description: 'PostgreSQL URL; the embedded PGlite at <data>/db when unset' },
  natsUrl: { env: 'NATS_URL', description: 'NATS server(s) for the job queue (and events unless REDIS_URL)' },
  redisUrl: { env: 'REDIS_URL', description: 'Redis URL for events between server instances' },
  natsStream: {
    env: 'VERDICT_NATS_STREAM',
    description: 'JetStream stream of the job queue (default VERDICT_JOBS); servers and workers must agree',
  },
  problemsDir: {
    env: 'VERDICT_PROBLEMS_DIR',
    description: 'folder of the built-in problem packages seeded at start-up (default: the repository problems/)',
  },
  workerToken: {
    env: 'VERDICT_WORKER_TOKEN',
    description: 'secret shared with separate workers; required with NATS_URL, else kept in <data>/worker-token',
  },
  workers: {
    flag: '--workers',
    env: 'VERDICT_WORKERS',
    description: 'jobs judged at once in this process (0: only separate workers judge)',
  },
  insecureSandbox: {
    flag: '--insecure-dev',
    env: 'VERDICT_INSECURE_DEV',
    description: 'judge without isolation when the host cannot isolate (development only)',
  },
  languages: {
    env: 'VERDICT_LANGUAGES',
    description: 'comma-separated language ids the workers run; default: those detected on this machine',
  },
  admins: { env: 'VERDICT_ADMINS', description: 'comma-separated usernames that get the admin role' },
  cookieSecure: { env: 'VERDICT_COOKIE_SECURE', description: 'mark the session cookie Secure (behind HTTPS)' },
  trustProxy: { env: 'VERDICT_TRUST_PROXY', description: 'take the client address from X-Forwarded-For' },
  seed: { env: 'VERDICT_SEED', description: 'import the built-in problems at start-up' },
  logLevel: { flag: '--log-level', env: 'LOG_LEVEL', description: 'pino log level (fatal ... trace, silent)' },
  logFormat: {
    flag: '--log-format',
    env: 'VERDICT_LOG_FORMAT',
    description: 'text: warnings on the terminal, every line as JSON in <data>/logs/server.log; json: all on stdout',
  },
  requestsPerMinute: { env: 'VERDICT_REQUESTS_PER_MINUTE', description: 'API requests per client address' },
  loginAttemptsPerIp: { env: 'VERDICT_LOGIN_PER_IP', description: 'login attempts per address per 15 minutes' },
  loginFailuresPerAccount: {
    env: 'VERDICT_LOGIN_FAILURES_PER_ACCOUNT',
    description: 'failed logins per account per 15 minutes',
  },
  submissionsPerMinute: { env: 'VERDICT_SUBMISSIONS_PER_MINUTE', description: 'submissions per user per minute' },
  runsPerMinute: { env: 'VERDICT_RUNS_PER_MINUTE', description: 'custom-input runs per user per minute' },
  maxActiveSubmissions: {
    env: 'VERDICT_MAX_ACTIVE_SUBMISSIONS',
    description: 'submissions of one user waiting or being judged at once',
  },
  runWaitMs: { env: 'VERDICT_RUN_WAIT_MS', description: 'how long POST /runs waits for the outcome before 202' },
  maxPackageBytes: { env: 'VERDICT_MAX_PACKAGE_BYTES', description: 'largest problem package upload' },
} as const satisfies Record<string, OptionSource>;

const commaList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  )
  .pipe(z.array(z.string().regex(/^[A-Za-z0-9_.+-]+$/, 'items are names without spaces')));

export const ConfigSchema = z
  .object({
    port: intText(0, 65_535).default(3000),
    host: z.string().min(1).default('127.0.0.1'),
    dataDir: z.string().min(1).default('./data'),
    databaseUrl: url(['postgres', 'postgresql']).optional(),
    natsUrl: z.string().min(1).optional(),
    redisUrl: url(['redis', 'rediss']).optional(),
    natsStream: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'only letters, digits, _ and - (at most 64)')
      .optional(),
    problemsDir: z.string().min(1).optional(),
    workerToken: z.string().min(24, 'at least 24 characters (openssl rand -hex 32 makes one)').optional(),
    workers: intText(0, 1024).optional(),
    insecureSandbox: boolText.default(false),
    languages: commaList.optional(),
    admins: commaList.default([]),
    cookieSecure: boolText.default(false),
    trustProxy: boolText.default(false),
    seed: boolText.default(true),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    logFormat: z.enum(['text', 'json']).default('text'),
    requestsPerMinute: intText(1).default(D.requestsPerMinute),
    loginAttemptsPerIp: intText(1).default(D.loginAttemptsPerIp),
    loginFailuresPerAccount: intText(1).default(D.loginFailuresPerAccount),
    submissionsPerMinute: intText(1).default(D.submissionsPerMinute),
    runsPerMinute: intText(1).default(D.runsPerMinute),
    maxActiveSubmissions: intText(1).default(D.maxActiveSubmissions),
    runWaitMs: intText(0, 60_000).default(D.runWaitMs),
    maxPackageBytes: intText(1024).default(D.maxPackageBytes),
  })
  .transform((config, ctx) => {
    if (config.natsUrl !== undefined && config.workerToken === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['workerToken'],
        message:
          'is required with NATS_URL: separate workers authenticate with it and every server instance must share it',
      });
    }
    // separate workers take the jobs when the queue is distributed; in-process ones otherwise
    const workers = config.workers ?? (config.natsUrl === undefined ? availableParallelism() : 0);
    return { ...config, workers };
  });

export type ServerConfig = z.output<typeof ConfigSchema>;
export type ConfigInput = Partial<Record<keyof typeof SOURCES, string | boolean | number | undefined>>;

/** A bad configuration value: the message names each option as the operator wrote it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses the configuration from flags (already split by the caller, e.g. with parseArgs) and
 * environment variables. Empty environment values count as unset.
 *
 * @example
 * const config = parseConfig({ flags: { port: '8080' }, env: process.env });
 */
export function parseConfig(sources: { flags?: ConfigInput; env?: Record<string, string | undefined> }): ServerConfig {
  const flags = sources.flags ?? {};
  const env = sources.env ?? {};
  const raw: Record<string, unknown> = {};
  for (const [key, source] of Object.entries(SOURCES) as [keyof typeof SOURCES, OptionSource][]) {
    const fromFlag = flags[key];
    const fromEnv = source.env === undefined ? undefined : env[source.env];
    if (fromFlag !== undefined) raw[key] = fromFlag;
    else if (fromEnv !== undefined && fromEnv !== '') raw[key] = fromEnv;
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '') as keyof typeof SOURCES;
    const source: OptionSource | undefined = SOURCES[key];
    const names = source ? [source.flag, source.env].filter(Boolean).join(' / ') : key;
    const given = raw[key] === undefined ? '' : ` (got "${String(raw[key])}")`;
    return `  ${names}${given}: ${issue.message}`;
  });
  throw new ConfigError(`bad configuration:\n${lines.join('\n')}`);
}

/** One line per option: for `verdict start --help`. */
export function describeOptions(): string {
  return Object.values(SOURCES)
    .filter((source: OptionSource) => source.env !== undefined)
    .map((source: OptionSource) => `  ${(source.env ?? '').padEnd(34)} ${source.description}`)
    .join('\n');
}
