import { parseArgs } from 'node:util';
import {
  ConfigError,
  describeOptions,
  type Platform,
  PlatformError,
  parseConfig,
  startPlatform,
} from '@verdict/server';
import { EXIT_OK, UsageError } from '../cli-support.ts';

export const START_USAGE = `verdict start [--port N] [--data DIR] [--workers N] [--insecure-dev]

Starts the whole platform in one process: the API (REST under /api/v1, events on /ws), the
embedded database (PGlite in <data>/db), the in-process job queue and judging workers, seeded
with the built-in problems. Stops cleanly on SIGINT or SIGTERM (running jobs finish first).
  --port N         TCP port (default 3000; env PORT)
  --data DIR       data folder (default ./data; env VERDICT_DATA_DIR)
  --workers N      submissions judged at once in this process (default: the CPU count, or 0
                   with NATS_URL, where separate "verdict worker" processes judge)
  --insecure-dev   judge even when this machine cannot isolate untrusted code (development only)
  --log-format F   text (default): warnings and errors on the terminal, the full log (request
                   logs included) as JSON in <data>/logs/server.log; json: every line as JSON on stdout
  --log-level L    fatal, error, warn, info (default), debug, trace or silent (env LOG_LEVEL)

Environment (production: set DATABASE_URL, NATS_URL, REDIS_URL and run several servers and workers):
${describeOptions()}`;

export async function startCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      workers: { type: 'string' },
      'insecure-dev': { type: 'boolean' },
      'log-format': { type: 'string' },
      'log-level': { type: 'string' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  let platform: Platform;
  try {
    const config = parseConfig({
      flags: {
        port: values.port,
        dataDir: values.data,
        workers: values.workers,
        insecureSandbox: values['insecure-dev'],
        logFormat: values['log-format'],
        logLevel: values['log-level'],
      },
      env: process.env,
    });
    platform = await startPlatform(config);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof PlatformError) throw new UsageError(error.message);
    throw error;
  }
  process.stdout.write(`${banner(platform)}\n`);

  const signal = await nextSignal();
  process.stdout.write(`${signal}: stopping (running jobs finish first; ${signal} again quits at once)\n`);
  const forceQuit = () => process.exit(130);
  process.once('SIGINT', forceQuit);
  process.once('SIGTERM', forceQuit);
  try {
    await platform.close();
  } finally {
    process.off('SIGINT', forceQuit);
    process.off('SIGTERM', forceQuit);
  }
  return EXIT_OK;
}

function banner(platform: Platform): string {
  const { info } = platform;
  const sandbox =
    info.sandbox === null
      ? 'not used here (no workers in this process)'
      : info.sandbox.secure
        ? `secure (bubblewrap, cgroup ${info.sandbox.cgroup})`
        : `NOT SECURE, development only: ${info.sandbox.problems.join('; ')}`;
  const seed = info.seed
    ? `${info.seed.entries.length - info.seed.failed} problems (${info.seed.created} new, ${info.seed.updated} updated` +
      `${info.seed.failed > 0 ? `, ${info.seed.failed} FAILED: see the log` : ''})`
    : `none: ${info.seedProblem}`;
  const url = info.url.replace('://127.0.0.1', '://localhost');
  const lines = [
    `Verdict is running at ${url}`,
    `  API:        ${url}/api/v1 (description: ${url}/api/v1/openapi.json)`,
    `  data:       ${info.dataDir} (store: ${info.store}, queue: ${info.queue}, events: ${info.bus})`,
    `  sandbox:    ${sandbox}`,
    `  workers:    ${info.workers} in this process${info.requeued > 0 ? `; ${info.requeued} unfinished submissions queued again` : ''}`,
    `  languages:  ${info.languages.length} available: ${info.languages.map((language) => language.id).join(', ')}`,
    `  problems:   ${seed}`,
    `  logs:       ${info.logFile ?? 'JSON on this terminal (--log-format json)'}`,
  ];
  const warnings: string[] = [];
  if (info.unavailableLanguages.length > 0 && info.workers > 0) {
    warnings.push(
      `${info.unavailableLanguages.length} languages have no toolchain here and are not offered: ` +
        `${info.unavailableLanguages.join(', ')} (./run install adds them)`,
    );
  }
  if (info.sandbox && !info.sandbox.secure) warnings.push('the sandbox is NOT SECURE: development only');
  if (info.seed && info.seed.failed > 0) warnings.push(`${info.seed.failed} built-in problems failed to import`);
  for (const warning of warnings) lines.push(`  warning:    ${warning}`);
  if (info.workerTokenFile) lines.push(`  worker token (for "verdict worker"): ${info.workerTokenFile}`);
  lines.push(
    '',
    'To make an admin: restart with VERDICT_ADMINS=<username> (the account gets the role at start-up or when it registers).',
    'Stop with Ctrl-C.',
  );
  return lines.join('\n');
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
