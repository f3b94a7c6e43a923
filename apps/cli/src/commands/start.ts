import { parseArgs } from 'node:util';
import { detectLanguages, loadLanguages } from '@verdict/languages';
import { createSandbox } from '@verdict/sandbox';
import { EXIT_FAILED, EXIT_OK } from '../cli-support.ts';

export const START_USAGE = `verdict start [--port N] [--data DIR]

Starts the Verdict platform. The web server, store and queue are not built yet (issue 4);
until then this checks the parts that exist, the sandbox and the languages, and says what to
use today.`;

export async function startCommand(argv: string[]): Promise<number> {
  parseArgs({ args: argv, options: { port: { type: 'string' }, data: { type: 'string' } }, strict: true });
  const sandbox = await createSandbox();
  const statuses = await detectLanguages(loadLanguages());
  const available = statuses.filter((status) => status.available);
  const lines = [
    'Verdict: the web server is not built yet, so nothing listens on http://localhost:3000.',
    `Sandbox: ${sandbox.capabilities.secure ? `ready (bubblewrap, cgroup ${sandbox.capabilities.cgroup})` : `NOT secure: ${sandbox.capabilities.problems.join('; ')}`}`,
    `Languages: ${available.length} of ${statuses.length} available (npx verdict languages)`,
    '',
    'What works today:',
    '  npx verdict exec --file solution.cpp --stdin input.txt   run a program in the sandbox',
    '  npx verdict languages                                    list the languages',
    '  npx verdict selftest                                     prove every language works',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return sandbox.capabilities.secure ? EXIT_OK : EXIT_FAILED;
}
