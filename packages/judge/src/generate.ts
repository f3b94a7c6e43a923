/**
 * Makes a package's test data from `generators/generators.yaml` before it is verified or
 * imported: runs each generator and the answer-writing solution in the sandbox, compiled as
 * submissions are, and writes the files into data/ (as BAPCtools' `bt generate` does).
 * The result is cached by a content hash of everything it depends on, so the same package is
 * generated once. A failing generator or solution is reported for its test case, with its stderr.
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GENERATED_EXTENSIONS,
  GENERATORS_YAML,
  type GeneratorsPlan,
  type PackageIssue,
  type PlannedCase,
  planGenerators,
  readProblem,
  readYamlMapping,
  type SolutionChoice,
  substituteArgs,
} from '@verdict/problems';
import {
  cacheKey,
  type GeneratedFiles,
  readCached,
  storeCached,
  unlistedCases,
  writeIntoData,
} from './generate-cache.ts';
import { type Compiled, GenerationPrograms, type ProgramSetup } from './generate-programs.ts';
import { assertNever } from './verdict.ts';

/** Limits of one generator or solution run: generous, as BAPCtools' (a large case takes seconds). */
export const GENERATION_LIMITS = { cpuMs: 30_000, wallMs: 60_000, memoryKb: 1024 * 1024 } as const;
/** Largest file a generator or solution may make. */
export const MAX_GENERATED_FILE_BYTES = 64 * 1024 * 1024;
/** The base name newer BAPCtools generators write their files under (testcase.in, testcase.ans). */
const WORK_NAME = 'testcase';
/** Lines of a failing program's stderr quoted in its test case's error. */
const STDERR_LINES = 10;

export interface GenerateOptions extends ProgramSetup {
  problemDir: string;
  /** Where generated data is kept by content hash; default a per-user folder under the system's tmp. */
  cacheDir?: string;
  onEvent?: (event: GenerateEvent) => void;
}

export type GenerateEvent = { type: 'generate'; done: number; total: number; testCase: string };

/** One test case that could not be made, and why (the failing program's stderr). */
export interface GenerationFailure {
  /** Path under data/, e.g. "secret/group1/03-large". */
  testCase: string;
  message: string;
}

export interface GenerationReport {
  /** False when the package has no generators/generators.yaml (nothing was done). */
  used: boolean;
  /** True when the data came from the cache: no program ran. */
  cached: boolean;
  /** The content hash the data is cached under. */
  hash: string | null;
  /** Test cases listed. */
  cases: number;
  /** Generator and solution runs done now (0 on a cache hit). */
  runs: number;
  failures: GenerationFailure[];
  /** Problems of generators.yaml and every failure, as package issues (errors stop verification). */
  issues: PackageIssue[];
}

/** The default cache folder: per user, so another account cannot plant data in it. */
export function defaultGenerationCacheDir(): string {
  return join(tmpdir(), `verdict-generated-${process.getuid?.() ?? 'user'}`);
}

/** One test case cannot be made: the package's fault, reported for that case. */
class CaseError extends Error {
  override readonly name = 'CaseError';
}

function tail(text: string): string {
  return text.trim().split('\n').slice(-STDERR_LINES).join('\n');
}

/** Why a run failed, with the end of its stderr. */
function runFailure(
  what: string,
  result: { status: string; exitCode: number | null; signal: string | null; stderr: string },
): string {
  const how = result.signal ? `signal ${result.signal}` : `${result.status}, exit code ${result.exitCode}`;
  const stderr = tail(result.stderr);
  return `${what} failed (${how})${stderr ? `:\n${stderr}` : ''}`;
}

function tooLarge(text: string | null | undefined): boolean {
  return text !== null && text !== undefined && Buffer.byteLength(text) > MAX_GENERATED_FILE_BYTES;
}

class CaseMaker {
  runs = 0;

  constructor(
    private readonly programs: GenerationPrograms,
    private readonly dir: string,
    /** Interactive and multi-pass answers are not a solution's stdout: none is run. */
    private readonly answersByRun: boolean,
    private readonly defaultSolution: string | null,
  ) {}

  /** The files of one case (extension → text), or throws a message saying why not. */
  async make(testCase: PlannedCase): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    const { source, name } = testCase;
    switch (source.kind) {
      case 'generate': {
        const program = this.ready(await this.programs.generator(source.program));
        // files it may write: {name}.<ext>, or testcase.<ext> (BAPCtools runs each case in a folder of its own)
        const names = GENERATED_EXTENSIONS.flatMap((extension) => [
          `${name}.${extension}`,
          `${WORK_NAME}.${extension}`,
        ]);
        this.runs += 1;
        const result = await program.run({
          args: substituteArgs(source.args, name, source.seed),
          stdin: { data: '' },
          limits: GENERATION_LIMITS,
          collect: names,
          collectBytes: MAX_GENERATED_FILE_BYTES + 1,
        });
        if (result.status !== 'ok') throw new CaseError(runFailure(`generator "${source.command}"`, result));
        const written = (extension: string) =>
          result.collected[`${name}.${extension}`] ?? result.collected[`${WORK_NAME}.${extension}`] ?? null;
        // a generator that writes {name}.in has its stdout ignored (spec: Command, {name})
        const input = written('in') ?? result.stdout;
        if (result.stdoutTruncated || tooLarge(input)) {
          throw new CaseError(`generator "${source.command}" wrote more than ${MAX_GENERATED_FILE_BYTES} bytes`);
        }
        files.set('in', input);
        for (const extension of GENERATED_EXTENSIONS) {
          const text = written(extension);
          if (extension === 'in' || text === null) continue;
          if (tooLarge(text))
            throw new CaseError(`generator "${source.command}" wrote a too large ${name}.${extension}`);
          files.set(extension, text);
        }
        break;
      }
      case 'copy':
        for (const extension of GENERATED_EXTENSIONS) {
          const text = await readOptional(join(this.dir, 'generators', `${source.from}.${extension}`));
          if (text !== null) files.set(extension, text);
        }
        if (!files.has('in')) throw new CaseError(`generators/${source.from}.in does not exist`);
        break;
      case 'manual': {
        // the author's files stay theirs: only a missing answer is made (the spec: "generated once")
        const base = join(this.dir, 'data', testCase.path);
        const input = await readOptional(`${base}.in`);
        if (input === null)
          throw new CaseError(`a manual case (empty in generators.yaml) needs data/${testCase.path}.in`);
        if ((await readOptional(`${base}.ans`)) !== null || !this.answersByRun) return files;
        const answer = await this.answer(testCase.solution, input, name);
        if (answer !== null) files.set('ans', answer);
        return files;
      }
      case 'inline':
        break;
      default:
        assertNever(source);
    }
    for (const [extension, text] of Object.entries(testCase.inline)) files.set(extension, text);
    if (!files.has('ans') && this.answersByRun) {
      const answer = await this.answer(testCase.solution, files.get('in') ?? '', name);
      if (answer !== null) files.set('ans', answer);
    }
    return files;
  }

  private ready(compiled: Compiled) {
    if (!compiled.ok) throw new CaseError(compiled.message);
    return compiled.program;
  }

  /** Runs the case's solution on its input; null when the case has no solution (`solution:` empty). */
  private async answer(choice: SolutionChoice, input: string, name: string): Promise<string | null> {
    let path: string;
    let args: string[] = [];
    switch (choice.kind) {
      case 'none':
        return null;
      case 'default':
        if (this.defaultSolution === null) {
          throw new CaseError('no .ans is given and there is no solution: add solution: to generators.yaml');
        }
        path = this.defaultSolution;
        break;
      case 'given':
        path = choice.path;
        args = choice.args;
        break;
      default:
        return assertNever(choice);
    }
    const program = this.ready(await this.programs.solution(path));
    this.runs += 1;
    const result = await program.run({
      args: substituteArgs(args, name, 0),
      stdin: { data: input },
      limits: GENERATION_LIMITS,
    });
    if (result.status !== 'ok') throw new CaseError(runFailure(`solution /${path}`, result));
    if (result.stdoutTruncated) throw new CaseError(`solution /${path} wrote more than the output limit`);
    return result.stdout;
  }
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Files of manual cases under data/: written only where the package has none (a made answer). */
function manualFiles(plan: GeneratorsPlan): Set<string> {
  const paths = plan.cases.filter((testCase) => testCase.source.kind === 'manual').map((testCase) => testCase.path);
  return new Set(paths.flatMap((path) => GENERATED_EXTENSIONS.map((extension) => `${path}.${extension}`)));
}

/** The group settings files (testdata.yaml, test_group.yaml) the plan writes. */
function settingsFiles(plan: GeneratorsPlan, into: GeneratedFiles): void {
  for (const group of plan.groups) {
    // JSON is YAML (1.2), and needs no YAML writer here
    if (group.settingsFile) {
      into.set(`${group.path}/${group.settingsFile.name}`, `${JSON.stringify(group.settingsFile.value, null, 2)}\n`);
    }
  }
}

/**
 * Generates a package's test data when it has generators/generators.yaml, writing it into
 * data/; does nothing otherwise. Never throws for the package's faults: they are issues.
 *
 * @example
 * const report = await generateTestData({ sandbox, languages, problemDir: 'problems-fixtures/generated-data' });
 * for (const failure of report.failures) console.log(`${failure.testCase}: ${failure.message}`);
 */
export async function generateTestData(options: GenerateOptions): Promise<GenerationReport> {
  const dir = options.problemDir;
  const report: GenerationReport = {
    used: false,
    cached: false,
    hash: null,
    cases: 0,
    runs: 0,
    failures: [],
    issues: [],
  };
  const yaml = await readYamlMapping(join(dir, GENERATORS_YAML));
  if (!yaml.ok && yaml.message === 'the file is missing') return report;
  report.used = true;
  if (!yaml.ok) {
    report.issues.push({ severity: 'error', file: GENERATORS_YAML, message: yaml.message });
    return report;
  }
  const plan = planGenerators(yaml.value, report.issues);
  report.cases = plan.cases.length;
  if (report.issues.some((issue) => issue.severity === 'error')) return report;

  const { problem } = await readProblem(dir);
  const answersByRun = !problem.interactive && !problem.multiPass;
  const accepted = problem.submissions
    .filter((submission) => submission.expected === 'accepted')
    .map((submission) => submission.path)
    .sort();
  const defaultSolution = accepted[0] ?? null;
  if (answersByRun && defaultSolution && plan.cases.some((testCase) => testCase.solution.kind === 'default')) {
    report.issues.push({
      severity: 'warning',
      file: GENERATORS_YAML,
      message: `no solution: is given; answers are written by /${defaultSolution}`,
    });
  }
  for (const path of await unlistedCases(dir, plan)) {
    report.issues.push({
      severity: 'warning',
      file: `data/${path}.in`,
      message: 'is not listed in generators.yaml (the spec wants every case listed); it is kept',
    });
  }

  const cacheDir = options.cacheDir ?? defaultGenerationCacheDir();
  const hash = await cacheKey(dir, plan, { answersByRun, defaultSolution });
  report.hash = hash;
  const cached = await readCached(cacheDir, hash);
  if (cached) {
    await writeIntoData(dir, cached, manualFiles(plan));
    report.cached = true;
    return report;
  }

  const programs = new GenerationPrograms(options, dir, plan.generators);
  const maker = new CaseMaker(programs, dir, answersByRun, defaultSolution);
  const generated: GeneratedFiles = new Map();
  try {
    let done = 0;
    for (const testCase of plan.cases) {
      try {
        const files = await maker.make(testCase);
        for (const [extension, text] of files) generated.set(`${testCase.path}.${extension}`, text);
      } catch (error) {
        if (!(error instanceof CaseError)) throw error;
        report.failures.push({ testCase: testCase.path, message: error.message });
        report.issues.push({ severity: 'error', file: `data/${testCase.path}`, message: error.message });
      }
      options.onEvent?.({ type: 'generate', done: ++done, total: plan.cases.length, testCase: testCase.path });
    }
  } finally {
    report.runs = maker.runs;
    await programs.dispose();
  }
  // nothing is cached or written from a run that failed: the next run tries again
  if (report.failures.length > 0) return report;
  settingsFiles(plan, generated);
  await storeCached(cacheDir, hash, generated);
  await writeIntoData(dir, generated, manualFiles(plan));
  return report;
}

/**
 * For an import that cannot run programs (no sandbox): errors when the package has
 * generators/generators.yaml and data/ lacks a case it lists. A package whose data was made
 * before (a zip of a verified folder) imports as it is.
 */
export async function missingGeneratedData(dir: string): Promise<PackageIssue[]> {
  const yaml = await readYamlMapping(join(dir, GENERATORS_YAML));
  if (!yaml.ok && yaml.message === 'the file is missing') return [];
  if (!yaml.ok) return [{ severity: 'error', file: GENERATORS_YAML, message: yaml.message }];
  const issues: PackageIssue[] = [];
  const plan = planGenerators(yaml.value, issues);
  const missing: string[] = [];
  for (const testCase of plan.cases) {
    if ((await readOptional(join(dir, 'data', `${testCase.path}.in`))) === null) missing.push(testCase.path);
  }
  if (missing.length > 0) {
    issues.push({
      severity: 'error',
      file: GENERATORS_YAML,
      message: `the test data is made by generators.yaml and ${missing.length} case(s) are not in data/ (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', ...' : ''}): import with "verdict import", which runs the generators, or run "verdict verify" on the folder first`,
    });
  }
  return issues;
}
