import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { planData } from './polygon-data.ts';
import { exists, inside } from './polygon-files.ts';
import {
  type PolygonProblem,
  type PolygonSource,
  type PolygonTest,
  readPolygonXml,
  testPath,
} from './polygon-model.ts';
import { writeSolutions } from './polygon-solutions.ts';
import { languageCode, polygonStatementMarkdown } from './polygon-statement.ts';
import type { PackageIssue, PackageProgram } from './types.ts';

/**
 * Converts a Codeforces Polygon package (the zip Polygon builds, unpacked) into a problem
 * package of the ICPC layout Verdict reads (2023-07): tests to data/sample and data/secret
 * (groups with points to scoring test groups), the checker to output_validator/ (a testlib
 * checker, with the package's testlib.h), the interactor likewise, validators to
 * input_validators/, solutions to submissions/<folder>/ by their tag, limits, tags and the
 * statement as Markdown. Tests the package lacks (built without tests) are made by running
 * the generator named in their command, and their answers by the main solution, through a
 * PolygonRunner (packages/judge's runs them in the sandbox).
 */

export type ProgramOutput = { ok: true; output: Uint8Array } | { ok: false; reason: string };

/** Runs a package's programs; the conversion itself never runs code. */
export interface PolygonRunner {
  /** Runs a generator with a test's arguments; its standard output is the test's input. */
  generate(program: PackageProgram, args: string[]): Promise<ProgramOutput>;
  /** Runs the main solution on an input file; its standard output is the answer. */
  solve(program: PackageProgram, inputFile: string): Promise<ProgramOutput>;
}

export interface PolygonConversion {
  /** Whether the package was written (false when an error stopped it; the issues say why). */
  ok: boolean;
  issues: PackageIssue[];
}

const PROBLEM_XML = 'problem.xml';
const MB = 1024 * 1024;
const HEADER = /\.(h|hh|hpp|hxx)$/i;

/** testlib's standard checkers as the default output validator's flags, for a package without the checker's source. */
const STANDARD_CHECKERS: Record<string, string[]> = {
  wcmp: ['case_sensitive'],
  ncmp: [],
  lcmp: ['case_sensitive'],
  yesno: [],
  nyesno: [],
  rcmp4: ['float_tolerance', '1e-4'],
  rcmp6: ['float_tolerance', '1e-6'],
  rcmp9: ['float_tolerance', '1e-9'],
};
/** Whether a folder is a Polygon package: it has problem.xml and no problem.yaml. */
export async function isPolygonPackage(dir: string): Promise<boolean> {
  return (await exists(join(dir, PROBLEM_XML))) && !(await exists(join(dir, 'problem.yaml')));
}

/** The headers a program includes: every header among the package's resources and beside its source. */
async function headersFor(packageDir: string, problem: PolygonProblem, source: PolygonSource) {
  const found = new Map<string, string>();
  for (const resource of problem.resources) {
    const path = inside(packageDir, resource);
    if (path && HEADER.test(resource) && (await exists(path))) found.set(basename(resource), path);
  }
  const folder = inside(packageDir, dirname(source.path));
  if (folder && (await exists(folder))) {
    for (const name of await readdir(folder)) if (HEADER.test(name)) found.set(name, join(folder, name));
  }
  return found;
}

/** A program of the package as it lies there: its source and the headers it may include. */
async function programOf(
  packageDir: string,
  problem: PolygonProblem,
  source: PolygonSource,
  issues: PackageIssue[],
): Promise<PackageProgram | null> {
  const from = inside(packageDir, source.path);
  if (from === null || !(await exists(from))) {
    issues.push({ severity: 'error', file: source.path, message: 'named in problem.xml but not in the package' });
    return null;
  }
  const files = [{ path: from, name: basename(from) }];
  for (const [name, path] of await headersFor(packageDir, problem, source)) {
    if (name !== basename(from)) files.push({ path, name });
  }
  return { path: source.path, files };
}

/** Copies a program (its source and the headers it may include) into a folder of the new package. */
async function copyProgram(
  packageDir: string,
  problem: PolygonProblem,
  source: PolygonSource,
  target: string,
  issues: PackageIssue[],
): Promise<void> {
  const program = await programOf(packageDir, problem, source, issues);
  if (program === null) return;
  await mkdir(target, { recursive: true });
  for (const file of program.files) await copyFile(file.path, join(target, file.name));
}

function stem(path: string): string {
  return basename(path).replace(/\.[^.]*$/, '');
}

function slugOf(problem: PolygonProblem): string | null {
  const slug = (problem.shortName ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9-_]+/g, '-')
    .replace(/^[-_]+|-+$/g, '');
  return slug || null;
}

/** The checker: its source as a testlib checker, or the default validator for a standard one without source. */
async function writeChecker(
  packageDir: string,
  outDir: string,
  problem: PolygonProblem,
  issues: PackageIssue[],
): Promise<string[]> {
  const { checker } = problem;
  if (checker === null) return [];
  if (problem.interactor !== null) {
    issues.push({
      severity: 'warning',
      file: PROBLEM_XML,
      message: `the checker${checker.name ? ` ${checker.name}` : ''} of an interactive problem is not run: the interactor's verdict decides`,
    });
    return [];
  }
  if (checker.source !== null) {
    await copyProgram(packageDir, problem, checker.source, join(outDir, 'output_validator'), issues);
    return [];
  }
  const standard = /^std::(\w+)(?:\.cpp)?$/.exec(checker.name ?? '')?.[1];
  const flags = standard === undefined ? undefined : STANDARD_CHECKERS[standard];
  issues.push({
    severity: 'warning',
    file: PROBLEM_XML,
    message:
      flags === undefined
        ? `the checker ${checker.name ?? '(unnamed)'} has no source in the package; the default output validator (tokens, case-insensitive) is used`
        : `the checker ${checker.name} has no source in the package; the default output validator does its work${flags.length > 0 ? ` (${flags.join(' ')})` : ''}`,
  });
  return flags ?? [];
}

/** Turns a test into data/<name>.in and .ans, generating what the package does not hold. */
async function writeTest(options: {
  packageDir: string;
  outDir: string;
  problem: PolygonProblem;
  test: PolygonTest;
  name: string;
  runner: PolygonRunner | undefined;
  mainSolution: PackageProgram | null;
  issues: PackageIssue[];
}): Promise<void> {
  const { packageDir, outDir, problem, test, name, runner, issues } = options;
  const testset = problem.testset as NonNullable<PolygonProblem['testset']>;
  const error = (message: string): void => {
    issues.push({ severity: 'error', file: testPath(testset.inputPattern, test.index), message });
  };
  const inputTarget = join(outDir, 'data', `${name}.in`);
  const answerTarget = join(outDir, 'data', `${name}.ans`);
  await mkdir(dirname(inputTarget), { recursive: true });
  const input = inside(packageDir, testPath(testset.inputPattern, test.index));
  if (input && (await exists(input))) await copyTestFile(input, inputTarget);
  else if (test.method === 'generated' && test.cmd) {
    const [generatorName, ...args] = test.cmd.split(/\s+/);
    const generator = problem.executables.find((source) => stem(source.path) === generatorName);
    if (!generator)
      return error(`test ${test.index} is generated by "${test.cmd}" and no executable is named ${generatorName}`);
    if (!runner) {
      return error(
        `test ${test.index} is not in the package and is generated by "${test.cmd}": import it with \`verdict import\` (which runs generators in the sandbox), or build the Polygon package with tests`,
      );
    }
    const program = await programOf(packageDir, problem, generator, issues);
    if (!program) return;
    const made = await runner.generate(program, args.map(unquote));
    if (!made.ok) return error(`test ${test.index}: generator "${test.cmd}" failed: ${made.reason}`);
    await writeFile(inputTarget, made.output);
  } else return error(`test ${test.index} (${test.method}) is not in the package`);
  const answer = inside(packageDir, testPath(testset.answerPattern, test.index));
  if (answer && (await exists(answer))) return copyTestFile(answer, answerTarget);
  if (problem.interactor !== null) return writeFile(answerTarget, '');
  if (!runner || !options.mainSolution) {
    return error(
      `test ${test.index} has no answer file and ${runner ? 'there is no main solution' : 'no sandbox runs the main solution'}`,
    );
  }
  const solved = await runner.solve(options.mainSolution, inputTarget);
  if (!solved.ok) return error(`test ${test.index}: the main solution failed to make the answer: ${solved.reason}`);
  await writeFile(answerTarget, solved.output);
}

/**
 * Copies a test file with Windows line ends made Unix ones: Polygon's standard package is built
 * on Windows (tests end lines with CR LF), and a strict validator or a line-based checker here
 * would reject every line. A file with a NUL byte is taken as binary and copied as it is.
 */
async function copyTestFile(from: string, to: string): Promise<void> {
  const bytes = await readFile(from);
  if (bytes.includes(0) || !bytes.includes('\r\n')) return copyFile(from, to);
  await writeFile(to, bytes.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
}

function unquote(arg: string): string {
  return /^"(.*)"$/.test(arg) ? arg.slice(1, -1) : arg;
}

/** Samples from the statement's examples (example.01, example.01.a) when no test is marked as one. */
async function statementSamples(packageDir: string, outDir: string, language: string): Promise<number> {
  const dir = join(packageDir, 'statement-sections', language);
  if (!(await exists(dir))) return 0;
  let count = 0;
  for (const name of (await readdir(dir)).sort()) {
    const match = /^example\.(\d+)$/.exec(name);
    if (!match || !(await exists(join(dir, `${name}.a`)))) continue;
    await mkdir(join(outDir, 'data', 'sample'), { recursive: true });
    await copyTestFile(join(dir, name), join(outDir, 'data', 'sample', `${match[1]}.in`));
    await copyTestFile(join(dir, `${name}.a`), join(outDir, 'data', 'sample', `${match[1]}.ans`));
    count++;
  }
  return count;
}

/**
 * Converts the Polygon package in `packageDir` into a problem package in `outDir` (created).
 * Errors (a missing test, a broken problem.xml) are issues and make `ok` false.
 *
 * @example
 * const { ok, issues } = await convertPolygonPackage({ packageDir: 'a-plus-b', outDir: '/tmp/a-plus-b' });
 */
export async function convertPolygonPackage(options: {
  packageDir: string;
  outDir: string;
  runner?: PolygonRunner;
}): Promise<PolygonConversion> {
  const packageDir = resolve(options.packageDir);
  const outDir = resolve(options.outDir);
  const issues: PackageIssue[] = [];
  const problem = readPolygonXml(await readFile(join(packageDir, PROBLEM_XML), 'utf8'), issues);
  if (problem === null) return { ok: false, issues };
  const { testset } = problem;
  const bad = (message: string) => issues.push({ severity: 'error', file: PROBLEM_XML, message });
  if (testset === null) bad('no <testset> under <judging>: the package has no tests');
  for (const [what, file] of [
    ['input', problem.inputFile],
    ['output', problem.outputFile],
  ] as const) {
    if (file !== '' && file !== `std${what === 'input' ? 'in' : 'out'}`) {
      bad(
        `the program ${what === 'input' ? 'reads' : 'writes'} the file ${file}; Verdict runs programs on standard input and output only`,
      );
    }
  }
  if (problem.otherTestsets.length > 0) {
    issues.push({
      severity: 'warning',
      file: PROBLEM_XML,
      message: `testsets ${problem.otherTestsets.join(', ')} are left out; only "${testset?.name}" is judged`,
    });
  }
  if (testset === null || issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
  await mkdir(outDir, { recursive: true });

  const plan = planData(testset, issues);
  const main = problem.solutions.find((solution) => solution.tag === 'main') ?? null;
  const mainSolution = main ? await programOf(packageDir, problem, main.source, []) : null;
  for (const { test, name } of plan.tests) {
    await writeTest({ packageDir, outDir, problem, test, name, runner: options.runner, mainSolution, issues });
  }
  const checkerFlags = await writeChecker(packageDir, outDir, problem, issues);
  if (checkerFlags.length > 0) {
    const flags = `output_validator_flags: ${checkerFlags.join(' ')}\n`;
    plan.testdata.set('', `${plan.testdata.get('') ?? '# the standard checker as flags\n'}${flags}`);
  }
  for (const [folder, text] of plan.testdata) {
    await mkdir(join(outDir, 'data', folder), { recursive: true });
    await writeFile(join(outDir, 'data', folder, 'testdata.yaml'), text);
  }
  const firstLanguage = problem.names[0]?.language ?? 'english';
  if (!plan.tests.some((planned) => planned.test.sample)) await statementSamples(packageDir, outDir, firstLanguage);

  if (problem.interactor) {
    await copyProgram(packageDir, problem, problem.interactor, join(outDir, 'output_validator'), issues);
  }
  for (const validator of problem.validators) {
    await copyProgram(packageDir, problem, validator, join(outDir, 'input_validators', stem(validator.path)), issues);
  }
  await writeSolutions(packageDir, outDir, problem, issues);
  await writeStatements(packageDir, outDir, problem);
  await writeProblemYaml(outDir, problem, plan.scoring, issues);
  return { ok: !issues.some((issue) => issue.severity === 'error'), issues };
}

async function writeStatements(packageDir: string, outDir: string, problem: PolygonProblem): Promise<void> {
  const languages = new Set([
    ...problem.names.map((name) => name.language),
    ...problem.statements.map((s) => s.language),
  ]);
  for (const language of languages) {
    const markdown = await polygonStatementMarkdown(packageDir, language);
    if (markdown === null) continue;
    const title = problem.names.find((name) => name.language === language)?.value;
    await mkdir(join(outDir, 'statement'), { recursive: true });
    await writeFile(
      join(outDir, 'statement', `problem.${languageCode(language)}.md`),
      title ? `# ${title}\n\n${markdown}` : markdown,
    );
  }
}

async function writeProblemYaml(outDir: string, problem: PolygonProblem, scoring: boolean, issues: PackageIssue[]) {
  const testset = problem.testset as NonNullable<PolygonProblem['testset']>;
  const names: Record<string, string> = {};
  for (const name of problem.names) if (name.value) names[languageCode(name.language)] = name.value;
  const type = [scoring ? 'scoring' : 'pass-fail', ...(problem.interactor ? ['interactive'] : [])];
  const limits: Record<string, number> = {};
  if (testset.timeLimitMs !== null) limits.time_limit = testset.timeLimitMs / 1000;
  else issues.push({ severity: 'warning', file: PROBLEM_XML, message: 'no time-limit; verify derives one' });
  if (testset.memoryBytes !== null) limits.memory = Math.max(1, Math.round(testset.memoryBytes / MB));
  const yaml: Record<string, unknown> = {
    problem_format_version: '2023-07',
    name: Object.keys(names).length > 0 ? names : { en: problem.shortName ?? 'Polygon problem' },
    type: type.length === 1 ? type[0] : type,
    source: { name: 'Codeforces Polygon' },
    limits,
  };
  if (problem.tags.length > 0) yaml.keywords = problem.tags;
  const slug = slugOf(problem);
  const verdict: Record<string, unknown> = {};
  if (slug) verdict.id = slug;
  if (problem.tags.length > 0) verdict.topics = problem.tags.map((tag) => tag.toLowerCase());
  const text = `# Converted by Verdict from a Codeforces Polygon package (problem.xml)\n${stringify(yaml)}${
    Object.keys(verdict).length > 0 ? `# Verdict's extensions (ignored by other judges)\n${stringify(verdict)}` : ''
  }`;
  await writeFile(join(outDir, 'problem.yaml'), text);
}
