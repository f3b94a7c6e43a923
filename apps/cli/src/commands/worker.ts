import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { createNatsQueue } from '@verdict/queue';
import { createHttpLink, createLogger, createWorker } from '@verdict/worker';
import { EXIT_OK, loadAndDetect, openSandbox, positiveInt, UsageError } from '../cli-support.ts';

const DEFAULT_CACHE_DIR = '/var/tmp/verdict-worker';

export const WORKER_USAGE = `verdict worker --server URL [--token T] [--nats URL] [--stream NAME] [--concurrency N] [--cache DIR] [--insecure]

Takes judging jobs from the NATS JetStream queue, judges them in the sandbox and reports the
verdicts to the server, until SIGINT or SIGTERM (jobs already running are finished first).
Run as many worker processes, on as many machines, as you like.
  --server URL       base URL of the Verdict server's internal API, e.g. http://verdict:3000
  --token T          the server's worker token (default: env VERDICT_WORKER_TOKEN)
  --nats URL         NATS server(s), comma-separated (default: env NATS_URL); required
  --stream NAME      the JetStream stream of the jobs (default: env VERDICT_NATS_STREAM, else VERDICT_JOBS)
  --concurrency N    jobs judged at once (default: the number of CPUs, ${availableParallelism()} here)
  --cache DIR        where problem packages are kept (default ${DEFAULT_CACHE_DIR})
  --insecure         run without isolation when the host cannot provide it (development only)
Logs one JSON line per job (id, kind, verdict, ms) to stdout.`;

export async function workerCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      server: { type: 'string' },
      token: { type: 'string' },
      nats: { type: 'string' },
      stream: { type: 'string' },
      concurrency: { type: 'string' },
      cache: { type: 'string' },
      insecure: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const serverUrl = values.server;
  if (serverUrl === undefined)
    throw new UsageError('--server URL is required (the Verdict server the worker reports to)');
  if (!/^https?:\/\/[^/]/.test(serverUrl)) throw new UsageError(`--server must be an http(s) URL, got "${serverUrl}"`);
  const workerToken = values.token ?? process.env.VERDICT_WORKER_TOKEN;
  if (!workerToken) {
    throw new UsageError('a worker token is required: pass --token T or set VERDICT_WORKER_TOKEN (the server has it)');
  }
  const natsUrl = values.nats ?? process.env.NATS_URL;
  if (!natsUrl) {
    throw new UsageError(
      'a separate worker needs the distributed queue: pass --nats URL or set NATS_URL, as the server does. ' +
        'On one machine "verdict start" judges in-process and needs no worker.',
    );
  }
  const concurrency = positiveInt(values.concurrency, '--concurrency', availableParallelism());
  const cacheDir = values.cache ?? DEFAULT_CACHE_DIR;

  const logger = createLogger();
  const sandbox = await openSandbox(values.insecure ?? false);
  const { languages, statuses } = await loadAndDetect();
  const available = languages.filter((language) => statuses.some((s) => s.id === language.id && s.available));
  const stream = values.stream ?? process.env.VERDICT_NATS_STREAM;
  const queue = await createNatsQueue({ servers: natsUrl, ...(stream ? { stream } : {}) });
  const link = createHttpLink({ serverUrl, workerToken });
  const worker = createWorker({ queue, link, sandbox, languages: available, concurrency, cacheDir, logger });
  logger.info(
    {
      server: serverUrl,
      concurrency,
      languages: available.map((language) => language.id),
      secure: sandbox.capabilities.secure,
    },
    'worker started',
  );

  const signal = await nextSignal();
  logger.info({ signal }, 'stopping: finishing the running jobs (signal again to quit at once)');
  const forceQuit = () => process.exit(130);
  process.once('SIGINT', forceQuit);
  process.once('SIGTERM', forceQuit);
  try {
    await worker.stop();
    await queue.close();
  } finally {
    process.off('SIGINT', forceQuit);
    process.off('SIGTERM', forceQuit);
  }
  logger.info({}, 'worker stopped');
  return EXIT_OK;
}

function nextSignal(): Promise<string> {
  return new Promise((resolve) => {
    const received = (name: string) => {
      process.off('SIGINT', received);
      process.off('SIGTERM', received);
      resolve(name);
    };
    process.on('SIGINT', received);
    process.on('SIGTERM', received);
  });
}
