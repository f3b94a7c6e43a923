import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type SeedSummary, seedBuiltinProblems } from '@verdict/catalog';
import { detectLanguages, type Language, loadLanguages } from '@verdict/languages';
import {
  createMemoryBus,
  createMemoryQueue,
  createNatsBus,
  createNatsQueue,
  createRedisBus,
  type EventBus,
  type JobQueue,
} from '@verdict/queue';
import { createSandbox, type Sandbox, type SandboxCapabilities } from '@verdict/sandbox';
import { createPgliteStore, createPostgresStore, type Store } from '@verdict/store';
import { createWorker, type Worker } from '@verdict/worker';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { createServer } from './app.ts';
import type { ServerConfig } from './config.ts';
import type { AvailableLanguage } from './context.ts';
import { createInProcessLink, createLifecycle, DEFAULT_MAX_ATTEMPTS } from './lifecycle.ts';
import { createServerLogging } from './logging.ts';
import { startReconciler } from './reconcile.ts';

/** Start-up cannot go on: the message says what to change. */
export class PlatformError extends Error {
  override readonly name = 'PlatformError';
}

/** Parts a caller (a test) may bring instead of the ones the configuration would make. */
export interface PlatformParts {
  store?: Store;
  queue?: JobQueue;
  bus?: EventBus;
  logger?: Logger;
  sandbox?: Sandbox;
  /** the loaded languages (default: loadLanguages()) */
  languages?: Language[];
  /** the built-in problems folder (default: the catalog's) */
  problemsDir?: string;
}

export interface PlatformInfo {
  dataDir: string;
  url: string;
  store: 'pglite' | 'postgres';
  queue: 'memory' | 'nats';
  bus: 'memory' | 'redis' | 'nats';
  /** null when nothing judges in this process */
  sandbox: SandboxCapabilities | null;
  languages: AvailableLanguage[];
  seed: SeedSummary | null;
  /** why seeding did not run, when it did not */
  seedProblem: string | null;
  /** where the generated worker token is kept; null when it came from the configuration */
  workerTokenFile: string | null;
  /** languages configured or known whose toolchain this machine lacks (not judged here) */
  unavailableLanguages: string[];
  /** where the full log (request logs included) goes; null when it goes to stdout */
  logFile: string | null;
  /** unfinished submissions whose job was checked onto the queue at start-up (and every 30 s after) */
  requeued: number;
  workers: number;
}

export interface Platform {
  app: FastifyInstance;
  info: PlatformInfo;
  /** Stops taking requests, lets running jobs finish, closes the queue, the bus and the store. */
  close(): Promise<void>;
}

const WORKER_TOKEN_FILE = 'worker-token';

async function workerTokenOf(config: ServerConfig, dataDir: string): Promise<{ token: string; file: string | null }> {
  if (config.workerToken !== undefined) return { token: config.workerToken, file: null };
  const file = join(dataDir, WORKER_TOKEN_FILE);
  try {
    const kept = (await readFile(file, 'utf8')).trim();
    if (kept.length >= 24) return { token: kept, file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const token = randomBytes(32).toString('hex');
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return { token, file };
}

async function openStore(config: ServerConfig, dataDir: string): Promise<Store> {
  if (config.databaseUrl !== undefined) return createPostgresStore({ url: config.databaseUrl });
  return createPgliteStore({ dataDir: join(dataDir, 'db') });
}

async function openBus(config: ServerConfig): Promise<EventBus> {
  if (config.redisUrl !== undefined) return createRedisBus({ url: config.redisUrl });
  if (config.natsUrl !== undefined) return createNatsBus({ servers: config.natsUrl });
  return createMemoryBus();
}

/** The languages judged here: the configured list, else those whose toolchain this machine has. */
async function availableLanguages(config: ServerConfig, loaded: Language[]): Promise<Language[]> {
  if (config.languages === undefined) return loaded;
  const unknown = config.languages.filter((id) => !loaded.some((language) => language.id === id));
  if (unknown.length > 0) {
    throw new PlatformError(
      `VERDICT_LANGUAGES names unknown languages: ${unknown.join(', ')}; known: ${loaded.map((l) => l.id).join(', ')}`,
    );
  }
  return loaded.filter((language) => config.languages?.includes(language.id));
}

/**
 * Starts the whole platform from a configuration: the store (PGlite at <data>/db unless
 * DATABASE_URL), the queue (in-process unless NATS_URL), the event bus (in-process unless
 * REDIS_URL or NATS_URL), the built-in problems, the API, and `config.workers` judging workers
 * in this process. At start-up and every 30 s the jobs of unfinished submissions are put on the
 * queue again where it lost them (deduplicated by id), so none is lost across a restart of any part.
 *
 * @example
 * const platform = await startPlatform(parseConfig({ env: process.env }));
 * process.once('SIGTERM', () => void platform.close());
 */
export async function startPlatform(config: ServerConfig, parts: PlatformParts = {}): Promise<Platform> {
  const dataDir = resolve(config.dataDir);
  await mkdir(dataDir, { recursive: true });
  const logging = parts.logger
    ? { logger: parts.logger, file: null }
    : createServerLogging({ dataDir, level: config.logLevel, format: config.logFormat });
  const { logger } = logging;
  const loaded = parts.languages ?? loadLanguages();
  const judged = await availableLanguages(config, loaded);

  let sandbox: Sandbox | null = null;
  if (config.workers > 0) {
    sandbox = parts.sandbox ?? (await createSandbox({ insecure: config.insecureSandbox }));
    if (!sandbox.capabilities.secure && !config.insecureSandbox) {
      throw new PlatformError(
        `this machine cannot isolate untrusted code:\n  - ${sandbox.capabilities.problems.join('\n  - ')}\n` +
          'Fix the above (./run installs bubblewrap; run as root), start with --workers 0 and separate workers, ' +
          'or pass --insecure-dev on a development machine only.',
      );
    }
  }
  const statuses = await detectLanguages(judged);
  // with separate workers the list is what the operator declared; here only detection can tell
  const usable =
    config.languages === undefined ? judged.filter((l) => statuses.find((s) => s.id === l.id)?.available) : judged;
  const languages: AvailableLanguage[] = usable.map((language) => ({
    id: language.id,
    name: language.name,
    version: statuses.find((status) => status.id === language.id)?.version ?? null,
  }));

  const store = parts.store ?? (await openStore(config, dataDir));
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) {
      try {
        await close();
      } catch (error) {
        logger.warn({ err: error }, 'closing a part of the platform failed');
      }
    }
  };
  // the last to run: the log file is written asynchronously
  closers.push(() => new Promise<void>((done) => logger.flush(() => done())));
  closers.push(() => store.close());
  try {
    await store.migrate();
    const queue =
      parts.queue ??
      (config.natsUrl === undefined
        ? createMemoryQueue()
        : await createNatsQueue({
            servers: config.natsUrl,
            ...(config.natsStream ? { stream: config.natsStream } : {}),
          }));
    closers.push(() => queue.close());
    const bus = parts.bus ?? (await openBus(config));
    closers.push(() => bus.close());

    let seed: SeedSummary | null = null;
    let seedProblem: string | null = config.seed ? null : 'seeding is off (VERDICT_SEED=0)';
    if (config.seed) {
      try {
        seed = await seedBuiltinProblems({
          store,
          languages: loaded,
          ...((parts.problemsDir ?? config.problemsDir) ? { dir: parts.problemsDir ?? config.problemsDir } : {}),
        });
        for (const entry of seed.entries) {
          if (entry.outcome === 'failed')
            logger.warn({ dir: entry.dir, error: entry.error }, 'a built-in problem was not imported');
        }
      } catch (error) {
        seedProblem = (error as Error).message;
        logger.warn({ err: error }, 'the built-in problems were not seeded');
      }
    }
    for (const name of config.admins) {
      const user = await store.getUserByLogin(name);
      if (user && user.role !== 'admin') await store.setUserRole(user.id, 'admin');
    }

    const { token: workerToken, file: workerTokenFile } = await workerTokenOf(config, dataDir);
    const lifecycle = createLifecycle({ store, bus, logger, maxAttempts: DEFAULT_MAX_ATTEMPTS });
    const app = await createServer({
      store,
      queue,
      bus,
      logger,
      languages,
      catalogLanguages: loaded,
      workerToken,
      lifecycle,
      trustProxy: config.trustProxy,
      policy: {
        cookieSecure: config.cookieSecure,
        admins: config.admins,
        requestsPerMinute: config.requestsPerMinute,
        loginAttemptsPerIp: config.loginAttemptsPerIp,
        loginFailuresPerAccount: config.loginFailuresPerAccount,
        submissionsPerMinute: config.submissionsPerMinute,
        runsPerMinute: config.runsPerMinute,
        maxActiveSubmissions: config.maxActiveSubmissions,
        runWaitMs: config.runWaitMs,
        maxPackageBytes: config.maxPackageBytes,
      },
    });
    closers.push(() => app.close());
    const url = await app.listen({ port: config.port, host: config.host });

    // in every mode: the embedded queue forgets on restart, and a distributed one can lose jobs too
    const reconciler = startReconciler({ store, queue, logger });
    closers.push(() => reconciler.stop());
    let requeued = 0;
    try {
      requeued = await reconciler.runOnce();
    } catch (error) {
      logger.warn({ err: error }, 'checking unfinished submissions against the queue failed; retried in 30 s');
    }

    let worker: Worker | null = null;
    if (sandbox && config.workers > 0) {
      const running = createWorker({
        queue,
        link: createInProcessLink(store, lifecycle),
        sandbox,
        languages: usable,
        concurrency: config.workers,
        cacheDir: join(dataDir, 'worker-cache'),
        maxAttempts: DEFAULT_MAX_ATTEMPTS,
        logger: logger.child({ component: 'worker' }),
      });
      worker = running;
      // before the queue closes: running jobs finish and store their verdicts
      closers.splice(closers.length - 1, 0, () => running.stop());
    }

    const info: PlatformInfo = {
      dataDir,
      url,
      store: config.databaseUrl === undefined ? 'pglite' : 'postgres',
      queue: config.natsUrl === undefined ? 'memory' : 'nats',
      bus: config.redisUrl !== undefined ? 'redis' : config.natsUrl !== undefined ? 'nats' : 'memory',
      sandbox: sandbox?.capabilities ?? null,
      languages,
      seed,
      seedProblem,
      workerTokenFile,
      requeued,
      unavailableLanguages: judged.filter((l) => !usable.includes(l)).map((l) => l.id),
      logFile: logging.file,
      workers: worker ? config.workers : 0,
    };
    let closing: Promise<void> | undefined;
    return { app, info, close: () => (closing ??= closeAll()) };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
