import { JudgeSetupError } from '@verdict/judge';
import { LanguageConfigError } from '@verdict/languages';
import { SandboxError } from '@verdict/sandbox';
import { EXIT_INTERNAL, EXIT_USAGE, UsageError } from './cli-support.ts';
import { EXEC_USAGE, execCommand } from './commands/exec.ts';
import { EXPORT_USAGE, exportCommand } from './commands/export.ts';
import { IMPORT_USAGE, importCommand } from './commands/import.ts';
import { JUDGE_USAGE, judgeCommand } from './commands/judge.ts';
import { LANGUAGES_USAGE, languagesCommand } from './commands/languages.ts';
import { SELFTEST_USAGE, selftestCommand } from './commands/selftest.ts';
import { START_USAGE, startCommand } from './commands/start.ts';
import { STARTER_USAGE, starterCommand } from './commands/starter.ts';
import { VERIFY_USAGE, verifyCommand } from './commands/verify.ts';
import { WORKER_USAGE, workerCommand } from './commands/worker.ts';

interface Command {
  usage: string;
  summary: string;
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  languages: { usage: LANGUAGES_USAGE, summary: 'list languages and whether they can run here', run: languagesCommand },
  exec: { usage: EXEC_USAGE, summary: 'compile and run one program in the sandbox', run: execCommand },
  judge: { usage: JUDGE_USAGE, summary: 'judge one submission against a problem package', run: judgeCommand },
  verify: { usage: VERIFY_USAGE, summary: 'check a problem package and all its submissions', run: verifyCommand },
  start: { usage: START_USAGE, summary: 'start the whole platform on one machine', run: startCommand },
  worker: { usage: WORKER_USAGE, summary: 'take judging jobs from the queue', run: workerCommand },
  import: { usage: IMPORT_USAGE, summary: 'add or update a problem from a package folder or zip', run: importCommand },
  export: {
    usage: EXPORT_USAGE,
    summary: 'write a problem as a package zip for problemtools and DOMjudge',
    run: exportCommand,
  },
  starter: { usage: STARTER_USAGE, summary: 'print the starter code of a function problem', run: starterCommand },
  selftest: { usage: SELFTEST_USAGE, summary: 'prove every language works in the sandbox', run: selftestCommand },
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `Usage: verdict <command> [options]

Commands:
${lines.join('\n')}

Run "verdict <command> --help" for a command's options.
Exit codes: 0 success, 1 the program or check failed, 2 bad usage, 3 Verdict itself failed.
`;
}

/** Runs the CLI with argv (without "node verdict") and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    process.stderr.write(`verdict: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')}\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      process.stderr.write(`verdict ${name}: ${(error as Error).message}\n\nUsage: ${command.usage.split('\n')[0]}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof SandboxError) {
      process.stderr.write(
        `verdict ${name}: sandbox failure (${error.code}): ${error.message}\nThis is a fault of Verdict or the host, not of the program.\n`,
      );
      return EXIT_INTERNAL;
    }
    if (error instanceof JudgeSetupError) {
      process.stderr.write(`verdict ${name}: the problem package is at fault: ${error.message}\n`);
      return EXIT_INTERNAL;
    }
    if (error instanceof LanguageConfigError) {
      process.stderr.write(`verdict ${name}: ${error.message}\n`);
      return EXIT_INTERNAL;
    }
    process.stderr.write(`verdict ${name}: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_INTERNAL;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
