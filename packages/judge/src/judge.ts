import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  boxOptionsFor,
  type CompileReport,
  compileProgram,
  type Language,
  type Program,
  type ProgramBox,
} from '@verdict/languages';
import type { Problem, TestCase, TestGroup } from '@verdict/problems';
import type { Sandbox, SandboxBox } from '@verdict/sandbox';
import { compileValidator, customChecker, defaultChecker, type OutputChecker } from './checker.ts';
import { type SampleDiff, sampleDiff } from './diff.ts';
import { JudgeSetupError } from './errors.ts';
import { functionRunner, functionSources, judgeFunctionCase } from './function/judge-function.ts';
import type { FunctionRunner } from './function/runner.ts';
import { type PreparedFunction, prepareFunctionTests } from './function/tests.ts';
import { runInteractive } from './interactive.ts';
import { type PassResult, runPasses } from './multi-pass.ts';
import { chooseLanguage, type HostFile, readSources } from './program-language.ts';
import { type GroupResult, judgeGroup, maxScoreOf, type ScoringGroup } from './scoring.ts';
import { testlibChecker, validatorProtocol } from './testlib.ts';
import { firstFailure, interactiveVerdict, type Verdict, verdictOfRun } from './verdict.ts';

/** Wall clock a run may take: three times its CPU limit plus a second, so a blocked read still ends. */
export function wallLimitMs(cpuLimitMs: number): number {
  return cpuLimitMs * 3 + 1_000;
}

export interface TestResult {
  /** e.g. "secret/group1/03". */
  name: string;
  /** The test's group, e.g. "secret/group1". */
  group: string;
  sample: boolean;
  verdict: Verdict;
  cpuMs: number;
  wallMs: number;
  memoryKb: number;
  /** The validator's message (judgemessage.txt or the default validator's difference). */
  message: string | null;
  /** For a failed sample test: where the output first differs from the answer. */
  diff: SampleDiff | null;
  /** Function problems: what the code printed on stdout during this test (shown, not judged). */
  output?: string;
}

export interface JudgeResult {
  verdict: Verdict;
  language: string | null;
  /** Scoring problems only. */
  score: number | null;
  maxScore: number | null;
  /** Per-group breakdown (scoring problems). */
  groups: GroupResult[] | null;
  compile: CompileReport | null;
  /** Why the verdict is CE or IE, when it is. */
  message: string | null;
  timeLimitMs: number;
  maxCpuMs: number;
  maxMemoryKb: number;
  tests: TestResult[];
}

export type JudgeEvent =
  | { type: 'compiling'; language: string }
  | { type: 'compiled'; ok: boolean; wallMs: number | null }
  | { type: 'test-started'; index: number; total: number; name: string }
  | { type: 'test-finished'; index: number; total: number; result: TestResult };

/** A problem made ready once for many submissions: its validator compiled. */
export interface PreparedProblem {
  problem: Problem;
  checker: OutputChecker | null;
  /** The interactive validator, compiled. */
  interactor: Program | null;
  /** The output validator follows testlib's convention (testlib.ts), not the format's. */
  testlib?: boolean;
  /** Function problems: the signature and the tests read as JSON (docs/FUNCTION-PROBLEMS.md). */
  function?: PreparedFunction;
  dispose(): Promise<void>;
}

/** Compiles the problem's output validator (if any). Throws JudgeSetupError when it does not build. */
export async function prepareProblem(
  sandbox: Sandbox,
  languages: readonly Language[],
  problem: Problem,
): Promise<PreparedProblem> {
  if (problem.function) {
    const prepared = await prepareFunctionTests(problem);
    return { problem, checker: null, interactor: null, function: prepared, dispose: async () => {} };
  }
  if (problem.customValidation) {
    if (!problem.outputValidator) throw new JudgeSetupError('custom validation without an output validator');
    const validator = await compileValidator(sandbox, languages, problem.outputValidator);
    const testlib = (await validatorProtocol(problem.outputValidator)) === 'testlib';
    if (problem.interactive) {
      return { problem, checker: null, interactor: validator, testlib, dispose: () => validator.dispose() };
    }
    const checker = testlib
      ? testlibChecker(validator, problem.limits)
      : customChecker(validator, problem.limits, problem.validatorFlags);
    return { problem, checker, interactor: null, dispose: () => checker.dispose() };
  }
  return { problem, checker: defaultChecker(problem.validatorFlags), interactor: null, dispose: async () => {} };
}

export interface JudgeOptions {
  sandbox: Sandbox;
  languages: readonly Language[];
  prepared: PreparedProblem;
  /** The submission: a single file or the files of a multi-file program. */
  files: readonly HostFile[];
  /** Language id; guessed from the file extensions when absent. */
  languageId?: string;
  /** Overrides the problem's time limit (verify judges time-limit submissions with the safety margin). */
  timeLimitMs?: number;
  /** Run every test instead of stopping at the first failure (pass-fail problems). */
  runAll?: boolean;
  onEvent?: (event: JudgeEvent) => void;
}

/** Files from include/ for this language: its own folder (id or a known alias), else include/default. */
function includeFiles(problem: Problem, language: Language): HostFile[] {
  const aliases = [
    language.id,
    language.id.replace(/\d+$/, ''),
    ...(language.id.startsWith('cpp') ? ['cpp', 'c++'] : []),
  ];
  for (const key of aliases) {
    const files = problem.include.get(key);
    if (files) return files;
  }
  return problem.include.get('default') ?? [];
}

/** `runAll` turns every group's on_reject into continue, so each test runs. */
function toScoringGroup(group: TestGroup, runAll: boolean): ScoringGroup<TestCase> {
  return {
    name: group.name,
    scoring: {
      onReject: runAll ? 'continue' : group.settings.onReject,
      acceptScore: group.settings.acceptScore,
      rejectScore: group.settings.rejectScore,
      range: group.settings.range,
      aggregation: group.settings.aggregation,
    },
    cases: group.cases,
    groups: group.groups.map((child) => toScoringGroup(child, runAll)),
  };
}

function flagsOf(group: ScoringGroup<TestCase>, groups: Map<string, TestGroup>): string[] {
  return groups.get(group.name)?.settings.outputValidatorFlags ?? [];
}

function indexGroups(group: TestGroup, into = new Map<string, TestGroup>()): Map<string, TestGroup> {
  into.set(group.name, group);
  for (const child of group.groups) indexGroups(child, into);
  return into;
}

function countCases(group: TestGroup): number {
  return group.cases.length + group.groups.reduce((sum, child) => sum + countCases(child), 0);
}

function emptyResult(partial: Partial<JudgeResult> & Pick<JudgeResult, 'verdict' | 'timeLimitMs'>): JudgeResult {
  return {
    language: null,
    score: null,
    maxScore: null,
    groups: null,
    compile: null,
    message: null,
    maxCpuMs: 0,
    maxMemoryKb: 0,
    tests: [],
    ...partial,
  };
}

/**
 * Judges one submission: compiles it once in the sandbox, then runs each test case as a fresh
 * process of one prepared sandbox box (a reset work dir, its own cgroup) and checks the output. A pass-fail problem stops at the first failing test
 * unless `runAll`; a scoring problem follows its groups' on_reject and scores them.
 * Returns CE for a compile error; throws only for failures of Verdict or the package
 * (SandboxError, JudgeSetupError), which callers report as IE.
 */
export async function judgeSubmission(options: JudgeOptions): Promise<JudgeResult> {
  const { sandbox, prepared } = options;
  const { problem } = prepared;
  const timeLimitMs = options.timeLimitMs ?? problem.limits.timeLimitMs;
  if (timeLimitMs === null) {
    throw new JudgeSetupError(
      'the problem has no time limit; give one (.timelimit or limits.time_limit) or derive it with verdict verify',
    );
  }
  const choice = chooseLanguage(options.languages, options.files, options.languageId);
  if (!choice.ok) return emptyResult({ verdict: 'CE', timeLimitMs, message: `unsupported: ${choice.reason}` });
  const { language } = choice;
  let sources = await readSources(choice, includeFiles(problem, language));
  const codeBytes = sources.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0);
  if (codeBytes > problem.limits.codeKb * 1024) {
    return emptyResult({
      verdict: 'CE',
      language: language.id,
      timeLimitMs,
      message: `the source is ${Math.ceil(codeBytes / 1024)} KiB; this problem accepts at most ${problem.limits.codeKb} KiB`,
    });
  }

  if (prepared.function) {
    // a function problem compiles the user's code together with the driver generated for it
    const generated = functionSources(prepared.function.signature, language, sources);
    if (!generated.ok)
      return emptyResult({ verdict: 'CE', language: language.id, timeLimitMs, message: generated.reason });
    sources = generated.files;
  }

  options.onEvent?.({ type: 'compiling', language: language.id });
  const earlyBox = openBoxEarly(options, language, timeLimitMs);
  let program: Program;
  try {
    program = await compileProgram({ sandbox, language, files: sources });
  } catch (error) {
    await closeEarlyBox(earlyBox);
    throw error;
  }
  options.onEvent?.({ type: 'compiled', ok: program.ok, wallMs: program.compile?.wallMs ?? null });
  const scratch = await mkdtemp(join(tmpdir(), 'verdict-judge-'));
  try {
    if (!program.ok) {
      return emptyResult({ verdict: 'CE', language: language.id, compile: program.compile, timeLimitMs });
    }
    return await runTests({ ...options, timeLimitMs, program, scratch, language, earlyBox });
  } finally {
    await closeEarlyBox(earlyBox);
    await program.dispose();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Closes a box opened during compilation (a no-op when the tests already closed it). */
async function closeEarlyBox(box: Promise<SandboxBox> | null): Promise<void> {
  const opened = await box?.catch(() => null);
  await opened?.close();
}

/** Limits of every test run of a submission. */
function testLimits(problem: Problem, timeLimitMs: number) {
  return {
    cpuMs: timeLimitMs,
    wallMs: wallLimitMs(timeLimitMs),
    memoryKb: problem.limits.memoryMb * 1024,
    stdoutBytes: problem.limits.outputMb * 1024 * 1024,
  };
}

/**
 * Starts opening the submission's box while it compiles (the two use both cores), for
 * stdin/stdout problems; null when its tests do not run in a box.
 */
function openBoxEarly(options: JudgeOptions, language: Language, timeLimitMs: number): Promise<SandboxBox> | null {
  const { sandbox, prepared } = options;
  if (prepared.function || prepared.interactor || sandbox.openBox === undefined) return null;
  const boxOptions = boxOptionsFor(language, testLimits(prepared.problem, timeLimitMs));
  if (boxOptions === null) return null;
  const box = sandbox.openBox(boxOptions);
  box.catch(() => {}); // awaited by the first test; a compile error never needs it
  return box;
}

async function runTests(
  options: JudgeOptions & {
    timeLimitMs: number;
    program: Program;
    scratch: string;
    language: Language;
    earlyBox: Promise<SandboxBox> | null;
  },
): Promise<JudgeResult> {
  const { prepared, program, timeLimitMs } = options;
  const { problem } = prepared;
  const limits = testLimits(problem, timeLimitMs);
  const groups = indexGroups(problem.data);
  const total = countCases(problem.data);
  const tests: TestResult[] = [];
  const scoring = problem.type === 'scoring';
  let stopped = false;
  // a function problem runs all its tests in one process; the runner hands out each test's outcome
  const runner: FunctionRunner | null = prepared.function
    ? functionRunner({
        program,
        prepared: prepared.function,
        timeLimitMs,
        memoryKb: limits.memoryKb,
        stdoutBytes: limits.stdoutBytes,
        wallLimitMs,
      })
    : null;

  // stdin/stdout tests share one prepared box (opened at the first test): each test is a fresh
  // process in a reset work dir, without building the sandbox again (docs/SECURITY.md)
  let box: ProgramBox | null | undefined;
  const runInBox = async (inputFile: string) => {
    box ??= await program.openBox({ limits, box: options.earlyBox ? await options.earlyBox : null });
    return box ? box.run({ stdin: { file: inputFile }, limits }) : program.run({ stdin: { file: inputFile }, limits });
  };

  // one run of the submission on one input, judged; a multi-pass problem chains several
  const runPass = async (testCase: TestCase, flags: string[]): Promise<PassResult> => {
    if (prepared.interactor) {
      const result = await runInteractive({
        submission: program,
        validator: prepared.interactor,
        testCase,
        limits,
        problemLimits: problem.limits,
        flags: [...problem.validatorFlags, ...flags],
        testlib: prepared.testlib ?? false,
      });
      const verdict = interactiveVerdict(result.submission, result.validator.verdict, result.validatorEndedFirst);
      return {
        run: result.submission,
        outcome: { verdict, message: result.validator.message },
        nextPass: verdict === 'AC' || verdict === 'WA' ? (result.validator.nextPass ?? null) : null,
      };
    }
    const result = await runInBox(testCase.inputFile);
    const failed = verdictOfRun(result);
    if (failed) return { run: result, outcome: { verdict: failed, message: null }, nextPass: null };
    const checked = await (prepared.checker as OutputChecker).check(testCase, result.stdout, flags, options.scratch);
    return {
      run: result,
      outcome: { verdict: checked.verdict, message: checked.message },
      nextPass: checked.nextPass ?? null,
    };
  };

  const judgeCase = async (testCase: TestCase, group: ScoringGroup<TestCase>): Promise<Verdict> => {
    const index = tests.length;
    options.onEvent?.({ type: 'test-started', index, total, name: testCase.name });
    const flags = flagsOf(group, groups);
    let outcome: { verdict: Verdict; message: string | null };
    let run: { cpuMs: number; wallMs: number; memoryKb: number; stdout: string };
    let diff: SampleDiff | null = null;
    let output: string | undefined;
    if (runner && prepared.function) {
      const result = await judgeFunctionCase(runner, prepared.function, testCase);
      run = { ...result, stdout: '' };
      outcome = result;
      diff = result.diff;
      output = result.output;
    } else if (problem.multiPass) {
      // each pass's input is the test's .in, then the validator's nextpass.in; the validator sees it as its input
      ({ run, outcome } = await runPasses({
        testCase,
        maxPasses: problem.limits.validationPasses,
        scratchDir: options.scratch,
        runPass: (inputFile) => runPass({ ...testCase, inputFile }, flags),
      }));
    } else {
      ({ run, outcome } = await runPass(testCase, flags));
    }
    if (testCase.sample && outcome.verdict === 'WA' && !prepared.interactor && !runner && !problem.multiPass) {
      diff = sampleDiff(await readFile(testCase.answerFile, 'utf8'), run.stdout);
    }
    const result: TestResult = {
      name: testCase.name,
      group: group.name,
      sample: testCase.sample,
      verdict: outcome.verdict,
      cpuMs: run.cpuMs,
      wallMs: run.wallMs,
      memoryKb: run.memoryKb,
      message: outcome.message,
      diff,
      ...(output === undefined ? {} : { output }),
    };
    tests.push(result);
    options.onEvent?.({ type: 'test-finished', index, total, result });
    if (outcome.verdict === 'IE' || (!scoring && !options.runAll && outcome.verdict !== 'AC')) stopped = true;
    return outcome.verdict;
  };

  const root = toScoringGroup(problem.data, options.runAll ?? false);
  // a failed sample must not keep a scoring problem's secret groups from being scored
  if (scoring) root.scoring = { ...root.scoring, onReject: 'continue' };
  let breakdown: GroupResult;
  try {
    breakdown = await judgeGroup(root, judgeCase, () => stopped);
  } finally {
    await runner?.stop();
    await box?.close();
  }
  const verdicts = tests.map((test) => test.verdict);
  const ie = tests.find((test) => test.verdict === 'IE');
  return {
    verdict: ie ? 'IE' : firstFailure(verdicts),
    language: options.language.id,
    score: scoring ? breakdown.score : null,
    maxScore: scoring ? maxScoreOf(root) : null,
    groups: scoring ? breakdown.groups : null,
    compile: program.compile,
    message: ie?.message ?? null,
    timeLimitMs,
    maxCpuMs: Math.max(0, ...tests.map((test) => test.cpuMs)),
    maxMemoryKb: Math.max(0, runner?.peakMemoryKb ?? 0, ...tests.map((test) => test.memoryKb)),
    tests,
  };
}
