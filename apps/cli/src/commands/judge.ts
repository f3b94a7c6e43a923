import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { type HostFile, judgeSubmission, prepareProblem } from '@verdict/judge';
import { detectLanguage, loadLanguages } from '@verdict/languages';
import { PackageNotFoundError, readProblem } from '@verdict/problems';
import { EXIT_FAILED, EXIT_OK, formatKb, openSandbox, table, UsageError } from '../cli-support.ts';
import { Progress } from '../progress.ts';

export const JUDGE_USAGE = `verdict judge <problem-dir> <source-file-or-dir> [--lang ID] [--all] [--json] [--insecure]

Judges one submission against a problem package: compiles it once in the sandbox, runs every
test case in a fresh sandbox, checks the output with the problem's validator.
  --lang ID   language id; guessed from the file extensions when left out
  --all       run every test instead of stopping at the first failure
  --json      print {verdict, score?, maxCpuMs, maxMemoryKb, tests: [...]} instead of a table
Exit code 0 when accepted (full score for a scoring problem), 1 otherwise.`;

async function submissionFiles(path: string): Promise<HostFile[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`submission ${path} does not exist`);
  }
  if (info.isFile()) return [{ path, name: basename(path) }];
  const files: HostFile[] = [];
  const walk = async (dir: string) => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) files.push({ path: full, name: relative(path, full) });
    }
  };
  await walk(path);
  if (files.length === 0) throw new UsageError(`submission folder ${path} is empty`);
  return files;
}

export async function judgeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      lang: { type: 'string' },
      all: { type: 'boolean' },
      json: { type: 'boolean' },
      insecure: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: true,
  });
  const [problemDir, sourcePath, extra] = positionals;
  if (problemDir === undefined || sourcePath === undefined)
    throw new UsageError('give a problem folder and a source file or folder');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  let read: Awaited<ReturnType<typeof readProblem>>;
  try {
    read = await readProblem(problemDir);
  } catch (error) {
    if (error instanceof PackageNotFoundError) throw new UsageError(error.message);
    throw error;
  }
  const errors = read.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    throw new UsageError(
      `the problem package has errors (verdict verify ${problemDir} lists them all):\n${errors.map((issue) => `  ${issue.file}: ${issue.message}`).join('\n')}`,
    );
  }
  const { problem } = read;
  if (problem.limits.timeLimitMs === null) {
    throw new UsageError(
      `${problemDir} has no time limit; run "verdict verify ${problemDir}" to derive one from its accepted submissions`,
    );
  }
  const files = await submissionFiles(sourcePath);
  const languages = loadLanguages();
  if (values.lang !== undefined) {
    const language = languages.find((candidate) => candidate.id === values.lang);
    if (!language)
      throw new UsageError(`unknown language "${values.lang}"; known: ${languages.map((l) => l.id).join(', ')}`);
    const status = await detectLanguage(language);
    if (!status.available)
      throw new UsageError(
        `language "${language.id}" is not available here: ${status.problem}; install it with: ${status.installHint}`,
      );
  }
  const sandbox = await openSandbox(values.insecure ?? false);
  const prepared = await prepareProblem(sandbox, languages, problem);
  const progress = new Progress(!values.json);
  let result: Awaited<ReturnType<typeof judgeSubmission>>;
  try {
    result = await judgeSubmission({
      sandbox,
      languages,
      prepared,
      files,
      languageId: values.lang,
      runAll: values.all ?? false,
      onEvent: (event) => {
        if (event.type === 'compiling') progress.update(0, 1, `compiling (${event.language})`);
        else if (event.type === 'test-started') progress.update(event.index, event.total, event.name);
        else if (event.type === 'test-finished')
          progress.update(event.index + 1, event.total, `${event.result.name} ${event.result.verdict}`);
      },
    });
  } finally {
    progress.done();
    await prepared.dispose();
  }
  if (values.json) {
    const { tests, ...rest } = result;
    const json = {
      verdict: rest.verdict,
      ...(rest.score !== null ? { score: rest.score, maxScore: rest.maxScore, groups: rest.groups } : {}),
      maxCpuMs: rest.maxCpuMs,
      maxMemoryKb: rest.maxMemoryKb,
      language: rest.language,
      timeLimitMs: rest.timeLimitMs,
      message: rest.message,
      compile: rest.compile,
      tests,
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(summary(problem.name, result));
  }
  const full = result.score === null || result.score === result.maxScore;
  return result.verdict === 'AC' && full ? EXIT_OK : EXIT_FAILED;
}

function summary(name: string, result: Awaited<ReturnType<typeof judgeSubmission>>): string {
  const lines: string[] = [];
  if (result.tests.length > 0) {
    const rows = [['TEST', 'VERDICT', 'CPU', 'MEMORY', 'NOTE']];
    for (const test of result.tests) {
      rows.push([
        test.name,
        test.verdict,
        `${test.cpuMs} ms`,
        formatKb(test.memoryKb),
        test.message?.split('\n')[0] ?? '',
      ]);
    }
    lines.push(table(rows), '');
  }
  const failedSample = result.tests.find((test) => test.diff !== null);
  if (failedSample?.diff) {
    const diff = failedSample.diff;
    lines.push(`${failedSample.name} differs at line ${diff.line}:`);
    lines.push('  expected:', ...diff.expected.map((line, i) => `    ${diff.fromLine + i}| ${line}`));
    lines.push('  got:', ...diff.got.map((line, i) => `    ${diff.fromLine + i}| ${line}`), '');
  }
  if (result.verdict === 'CE') {
    const output = result.message ?? `${result.compile?.stderr ?? ''}${result.compile?.stdout ?? ''}`;
    lines.push('compiler output:', output.trim().split('\n').slice(0, 30).join('\n'), '');
  }
  const score = result.score !== null ? `, score ${result.score}/${result.maxScore}` : '';
  lines.push(
    `${name}: ${result.verdict}${score} (${result.language ?? 'unknown language'}; ${result.tests.length} tests, max ${result.maxCpuMs} ms CPU of ${result.timeLimitMs} ms, ${formatKb(result.maxMemoryKb)})`,
  );
  if (result.verdict === 'IE' && result.message) lines.push(`internal error: ${result.message}`);
  return `${lines.join('\n')}\n`;
}
