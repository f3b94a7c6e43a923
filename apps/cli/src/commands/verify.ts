import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sandboxPolygonRunner, type VerifyReport, verifyProblem } from '@verdict/judge';
import { detectLanguages, type Language, loadLanguages } from '@verdict/languages';
import { convertPolygonPackage, isPolygonPackage, type PackageIssue, PackageNotFoundError } from '@verdict/problems';
import type { Sandbox } from '@verdict/sandbox';
import { EXIT_FAILED, EXIT_OK, openSandbox, table, UsageError } from '../cli-support.ts';
import { Progress } from '../progress.ts';

export const VERIFY_USAGE = `verdict verify <problem-dir>... [--json] [--insecure]

Checks problem packages like problemtools' verifyproblem: generates the test data when the
package has generators/generators.yaml (cached by content hash), reports every problem in the
package, runs the input validators on the test data, derives the time limit when none is given
(and keeps it in .timelimit), then judges every submission under submissions/<expected>/ and
compares expected with got. Exit code 1 on any mismatch or package error.
A Codeforces Polygon package (problem.xml) is converted first, as \`verdict import\` does.
Expectations come from the submissions/<verdict>/ folders, submissions/submissions.yaml
(permitted/required verdicts, score, message, per test group) and DOMjudge's
@EXPECTED_RESULTS@ tags; the RULE column says which rules each submission was held to.
  --json   print {problem, ok, results: [{path, language, expected, got, ok, cpuMs, rules}], ...}
           (an array when several folders are given)`;

export async function verifyCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, insecure: { type: 'boolean' } },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('give at least one problem folder');
  const languages = loadLanguages();
  const statuses = await detectLanguages(languages);
  const available = new Set(statuses.filter((status) => status.available).map((status) => status.id));
  const sandbox = await openSandbox(values.insecure ?? false);
  const reports: VerifyReport[] = [];
  for (const problemDir of positionals) {
    const progress = new Progress(!values.json);
    let report: VerifyReport;
    const polygon = (await isPolygonPackage(problemDir)) ? await convertPolygon(problemDir, sandbox, languages) : null;
    if (polygon && !polygon.ok) {
      const lines = polygon.issues.map((issue) => `  ${issue.severity}: ${issue.file}: ${issue.message}\n`);
      process.stderr.write(`verdict verify: the Polygon package ${problemDir} cannot be converted:\n${lines.join('')}`);
      await rm(polygon.scratch, { recursive: true, force: true });
      return EXIT_FAILED;
    }
    try {
      report = await verifyProblem({
        sandbox,
        languages,
        available,
        problemDir: polygon?.dir ?? problemDir,
        onEvent: (event) => {
          if (event.type === 'generate') progress.update(event.done, event.total, `generating ${event.testCase}`);
          else if (event.type === 'input-validation') progress.update(event.done, event.total, 'input validation');
          else if (event.type === 'submission-started') progress.update(event.index, event.total, event.path);
          else if (event.type === 'submission-finished') {
            const { report: result } = event;
            const mark = result.ok ? 'ok  ' : result.got === 'unsupported' ? 'skip' : 'FAIL';
            progress.log(`${mark} ${result.path}: expected ${result.expected}, got ${result.got}`);
            progress.update(event.index + 1, event.total, result.path);
          }
        },
      });
    } catch (error) {
      if (error instanceof PackageNotFoundError) throw new UsageError(error.message);
      throw error;
    } finally {
      progress.done();
      if (polygon) await rm(polygon.scratch, { recursive: true, force: true });
    }
    if (polygon) report = { ...report, issues: [...polygon.issues, ...report.issues] };
    reports.push(report);
    if (!values.json) process.stdout.write(summary(problemDir, report));
  }
  if (values.json) {
    const json = reports.map((report) => ({
      problem: report.problem,
      ok: report.ok,
      timeLimitMs: report.timeLimitMs,
      timeLimitDerived: report.timeLimitDerived,
      issues: report.issues,
      generation: report.generation,
      inputValidation: {
        ok: report.inputValidation.every((entry) => entry.ok),
        checked: report.inputValidation.length,
        failures: report.inputValidation.filter((entry) => !entry.ok),
      },
      results: report.results,
      unsupported: report.unsupported,
    }));
    process.stdout.write(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
  }
  return reports.every((report) => report.ok) ? EXIT_OK : EXIT_FAILED;
}

/** Converts a Polygon package into a scratch folder, running its generators in the sandbox. */
async function convertPolygon(
  problemDir: string,
  sandbox: Sandbox,
  languages: readonly Language[],
): Promise<{ ok: boolean; dir: string; scratch: string; issues: PackageIssue[] }> {
  const scratch = await mkdtemp(join(tmpdir(), 'verdict-verify-polygon-'));
  // the folder's own name: the report names the problem after it
  const dir = join(scratch, basename(resolve(problemDir)));
  const runner = sandboxPolygonRunner({ sandbox, languages });
  try {
    const { ok, issues } = await convertPolygonPackage({ packageDir: problemDir, outDir: dir, runner });
    return { ok, dir, scratch, issues };
  } finally {
    await runner.dispose();
  }
}

/** The failed rules (submissions.yaml, tags) say why; a folder mismatch shows the judge's message. */
function mismatchReason(result: VerifyReport['results'][number]): string {
  const failed = result.rules.filter((rule) => !rule.ok && rule.why && !rule.source.startsWith('folder '));
  const why = failed.map((rule) => `${rule.source}: ${rule.why}`);
  if (result.message) why.push(result.message);
  return why.length > 0 ? `: ${why.join(' | ')}` : '';
}

function summary(problemDir: string, report: VerifyReport): string {
  const lines = [`== ${report.problem} (${problemDir})`];
  for (const issue of report.issues) lines.push(`${issue.severity}: ${issue.file}: ${issue.message}`);
  const { generation } = report;
  if (generation && generation.failures.length === 0 && generation.hash) {
    const how = generation.cached ? 'taken from the cache' : `made now (${generation.runs} program runs)`;
    lines.push(`generated data: ${generation.cases} test cases from generators/generators.yaml, ${how}`);
  }
  const badInputs = report.inputValidation.filter((entry) => !entry.ok);
  if (report.inputValidation.length > 0) {
    lines.push(
      `input validation: ${report.inputValidation.length - badInputs.length}/${report.inputValidation.length} ok`,
    );
    for (const entry of badInputs) lines.push(`  ${entry.validator} rejects ${entry.testCase}: ${entry.message}`);
  }
  if (report.timeLimitMs !== null) {
    lines.push(
      `time limit: ${report.timeLimitMs / 1000} s${report.timeLimitDerived ? ' (derived now from the accepted submissions, written to .timelimit)' : ''}`,
    );
  }
  if (report.results.length > 0) {
    const rows = [['SUBMISSION', 'LANGUAGE', 'EXPECTED', 'GOT', 'CPU', 'RULE', '']];
    for (const result of report.results) {
      const score = result.score !== null ? ` (score ${result.score})` : '';
      rows.push([
        result.path,
        result.language ?? '-',
        result.expected,
        `${result.got}${score}`,
        `${result.cpuMs} ms`,
        // which rule each expectation came from: the folder, submissions.yaml, or an @EXPECTED_RESULTS@ tag
        result.rules.map((rule) => rule.source).join('; '),
        result.ok
          ? 'ok'
          : result.got === 'unsupported'
            ? `UNSUPPORTED: ${result.message}`
            : `MISMATCH${mismatchReason(result)}`,
      ]);
    }
    lines.push(table(rows));
  }
  const mismatches = report.results.filter((result) => !result.ok && result.got !== 'unsupported').length;
  lines.push(
    `${report.ok ? 'OK' : 'FAILED'}: ${report.results.length} submissions, ${mismatches} mismatches, ${report.unsupported.length} unsupported${report.unsupported.length ? ` (${report.unsupported.join(', ')})` : ''}`,
    '',
  );
  return `${lines.join('\n')}\n`;
}
