import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { compileProgram, detectLanguage, languageForFileName, loadLanguages } from '@verdict/languages';
import type { SandboxResult } from '@verdict/sandbox';
import { EXIT_FAILED, EXIT_OK, formatKb, openSandbox, pickLanguage, positiveInt, UsageError } from '../cli-support.ts';

export const EXEC_USAGE = `verdict exec --file PATH [--lang ID] [--stdin PATH] [--time-ms N] [--wall-ms N] [--memory-mb N] [--json] [--insecure]

Compiles (when the language needs it) and runs one program in the sandbox.
  --file PATH      the source file
  --lang ID        language id (see verdict languages); guessed from the file extension if left out
  --stdin PATH     file fed to the program's standard input (default: empty)
  --time-ms N      CPU time limit in milliseconds (default 2000)
  --wall-ms N      wall-clock limit (default 3 x time + 1000)
  --memory-mb N    memory limit in MiB (default 256)
  --json           print one JSON object instead of a summary
  --insecure       run without isolation when the host cannot provide it (development only)
Exit code 0 when the program compiled and ended normally, 1 otherwise.`;

/** Largest source accepted, as on the submission API. */
const MAX_SOURCE_BYTES = 64 * 1024;
const DEFAULT_TIME_MS = 2_000;
const DEFAULT_MEMORY_MB = 256;

async function readInput(path: string, what: string, maxBytes?: number): Promise<Buffer> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`${what} ${path} does not exist`);
  }
  if (!info.isFile()) throw new UsageError(`${what} ${path} is not a regular file`);
  if (maxBytes !== undefined && info.size > maxBytes) {
    throw new UsageError(`${what} ${path} is ${info.size} bytes; at most ${maxBytes} are accepted`);
  }
  return readFile(path);
}

interface ExecReport {
  status: SandboxResult['status'] | 'compile-error';
  language: string;
  compile?: {
    status: string;
    exitCode: number | null;
    stdout: string;
    stderr: string;
    cpuMs: number;
    wallMs: number;
    memoryKb: number;
  };
  exitCode: number | null;
  signal: string | null;
  cpuMs: number;
  wallMs: number;
  memoryKb: number;
  stdout: string;
  stderr: string;
  stdoutTruncated: boolean;
  stderrTruncated: boolean;
}

export async function execCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      file: { type: 'string' },
      lang: { type: 'string' },
      stdin: { type: 'string' },
      'time-ms': { type: 'string' },
      'wall-ms': { type: 'string' },
      'memory-mb': { type: 'string' },
      json: { type: 'boolean' },
      insecure: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (values.file === undefined) throw new UsageError('--file PATH is required');
  const timeMs = positiveInt(values['time-ms'], '--time-ms', DEFAULT_TIME_MS);
  const wallMs = positiveInt(values['wall-ms'], '--wall-ms', timeMs * 3 + 1_000);
  const memoryMb = positiveInt(values['memory-mb'], '--memory-mb', DEFAULT_MEMORY_MB);
  const source = await readInput(values.file, 'source file', MAX_SOURCE_BYTES);
  const stdin = values.stdin === undefined ? Buffer.alloc(0) : await readInput(values.stdin, 'stdin file');

  const languages = loadLanguages();
  let languageId = values.lang;
  if (languageId === undefined) {
    const guessed = languageForFileName(languages, values.file, source.toString('utf8'));
    if (guessed === undefined) {
      throw new UsageError(`cannot tell the language of ${basename(values.file)} from its extension; pass --lang ID`);
    }
    languageId = guessed.id;
  }
  const known = languages.find((candidate) => candidate.id === languageId);
  const statuses = known === undefined ? [] : [await detectLanguage(known)];
  const language = pickLanguage(languages, statuses, languageId);
  const sandbox = await openSandbox(values.insecure ?? false);

  const program = await compileProgram({
    sandbox,
    language,
    files: [{ name: basename(values.file), content: source }],
  });
  let report: ExecReport;
  try {
    const compile = program.compile
      ? {
          status: program.compile.status,
          exitCode: program.compile.exitCode,
          stdout: program.compile.stdout,
          stderr: program.compile.stderr,
          cpuMs: program.compile.cpuMs,
          wallMs: program.compile.wallMs,
          memoryKb: program.compile.memoryKb,
        }
      : undefined;
    if (!program.ok) {
      report = {
        status: 'compile-error',
        language: language.id,
        compile,
        exitCode: null,
        signal: null,
        cpuMs: 0,
        wallMs: 0,
        memoryKb: 0,
        stdout: '',
        stderr: '',
        stdoutTruncated: false,
        stderrTruncated: false,
      };
    } else {
      const result = await program.run({
        stdin: { data: stdin },
        limits: { cpuMs: timeMs, wallMs, memoryKb: memoryMb * 1024 },
      });
      const { status, collected: _, ...rest } = result;
      report = { status, language: language.id, ...(compile ? { compile } : {}), ...rest };
    }
  } finally {
    await program.dispose();
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(summary(report, language.name));
  }
  return report.status === 'ok' ? EXIT_OK : EXIT_FAILED;
}

function section(title: string, text: string, truncated = false): string {
  if (text.length === 0) return '';
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `--- ${title}${truncated ? ' (cut at the limit)' : ''} ---\n${body}`;
}

function summary(report: ExecReport, languageName: string): string {
  const lines: string[] = [];
  if (report.compile) {
    const verb = report.compile.status === 'ok' ? 'compiled' : `compile failed (${report.compile.status})`;
    lines.push(`${languageName}: ${verb} in ${report.compile.wallMs} ms`);
  } else {
    lines.push(`${languageName}: no compile step`);
  }
  if (report.status === 'compile-error' && report.compile) {
    return `${lines.join('\n')}\n${section('compiler output', report.compile.stderr + report.compile.stdout)}`;
  }
  const ending = report.signal ? `signal ${report.signal}` : `exit code ${report.exitCode}`;
  lines.push(`status:  ${report.status} (${ending})`);
  lines.push(`time:    ${report.cpuMs} ms CPU, ${report.wallMs} ms wall`);
  lines.push(`memory:  ${formatKb(report.memoryKb)}`);
  return `${lines.join('\n')}\n${section('stdout', report.stdout, report.stdoutTruncated)}${section('stderr', report.stderr, report.stderrTruncated)}`;
}
