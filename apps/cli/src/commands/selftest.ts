import { parseArgs } from 'node:util';
import { type SelftestResult, selftestLanguage } from '@verdict/languages';
import { EXIT_FAILED, EXIT_OK, loadAndDetect, openSandbox, table, UsageError } from '../cli-support.ts';

export const SELFTEST_USAGE = `verdict selftest [ID...] [--json] [--insecure]

Compiles and runs every available language's self-test program in the sandbox (or only the
languages named) and checks what it prints. Exit code 1 when any self-test fails.`;

/** Two at a time: compilers are heavy, and the machine may be serving users. */
const SELFTEST_CONCURRENCY = 2;

export async function selftestCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, insecure: { type: 'boolean' } },
    strict: true,
    allowPositionals: true,
  });
  const { languages, statuses } = await loadAndDetect();
  for (const id of positionals) {
    if (!languages.some((language) => language.id === id)) {
      throw new UsageError(`unknown language "${id}"; known: ${languages.map((language) => language.id).join(', ')}`);
    }
  }
  const wanted = languages.filter((language) => positionals.length === 0 || positionals.includes(language.id));
  const sandbox = await openSandbox(values.insecure ?? false);
  const results: (SelftestResult & { skipped: boolean })[] = [];
  const queue = [...wanted];
  async function worker(): Promise<void> {
    for (let language = queue.shift(); language !== undefined; language = queue.shift()) {
      const status = statuses.find((candidate) => candidate.id === language.id);
      if (status !== undefined && !status.available) {
        results.push({
          id: language.id,
          ok: false,
          skipped: true,
          problem: `unavailable: ${status.problem} (${status.installHint})`,
          compileMs: null,
          runMs: null,
          stdout: '',
          stderr: '',
        });
        continue;
      }
      const result = await selftestLanguage(sandbox, language);
      results.push({ ...result, skipped: false });
      if (!values.json) process.stderr.write(`${result.ok ? 'ok  ' : 'FAIL'} ${language.id}\n`);
    }
  }
  await Promise.all(Array.from({ length: SELFTEST_CONCURRENCY }, worker));
  results.sort((a, b) => a.id.localeCompare(b.id));
  const failed = results.filter((result) => !result.ok && !result.skipped);
  const skipped = results.filter((result) => result.skipped);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const rows = [['ID', 'RESULT', 'COMPILE', 'RUN', 'PROBLEM']];
    for (const result of results) {
      rows.push([
        result.id,
        result.skipped ? 'skipped' : result.ok ? 'ok' : 'FAILED',
        result.compileMs === null ? '-' : `${result.compileMs} ms`,
        result.runMs === null ? '-' : `${result.runMs} ms`,
        result.problem ?? '',
      ]);
    }
    const passed = results.length - failed.length - skipped.length;
    process.stdout.write(
      `${table(rows)}\n\n${passed} passed, ${failed.length} failed, ${skipped.length} unavailable.\n`,
    );
  }
  return failed.length === 0 ? EXIT_OK : EXIT_FAILED;
}
