import type { Language } from '@verdict/languages';
import {
  deriveTimeLimitMs,
  type ExpectedResult,
  type PackageIssue,
  type PackageSubmission,
  type Problem,
  readProblem,
  type TestGroup,
  writeTimeLimit,
} from '@verdict/problems';
import type { Sandbox } from '@verdict/sandbox';
import { compileValidator, validatorLimits } from './checker.ts';
import { JudgeSetupError } from './errors.ts';
import { meetsExpectation, ownFolder, reportedFolder } from './expectation.ts';
import { checkRules, expectsTimeLimit, needsEveryTest, type RuleCheck } from './expectations.ts';
import { type GenerateEvent, type GenerationReport, generateTestData } from './generate.ts';
import { type JudgeEvent, type JudgeResult, judgeSubmission, type PreparedProblem, prepareProblem } from './judge.ts';
import { chooseLanguage } from './program-language.ts';
import { TESTLIB_OK, validatorProtocol } from './testlib.ts';

/** Input validator protocol: exit 42 means the input is valid. */
const INPUT_VALID = 42;
/** CPU limit while the time limit is still being derived from the accepted submissions. */
const PROVISIONAL_TIME_LIMIT_MS = 10_000;

export type Got = ExpectedResult | 'unsupported' | 'judge_error';

export interface SubmissionReport {
  path: string;
  language: string | null;
  /** The folder it is in (its legacy meaning), or "-" for a folder that has none (rejected, brute_force, ...). */
  expected: ExpectedResult | '-';
  /** Each rule it was checked against, where the rule came from, and why it failed. */
  rules: RuleCheck[];
  got: Got;
  ok: boolean;
  cpuMs: number;
  score: number | null;
  /** Why the result is what it is, when there is more to say (unsupported, IE, CE). */
  message: string | null;
}

export interface InputValidationReport {
  validator: string;
  testCase: string;
  ok: boolean;
  message: string | null;
}

export interface VerifyReport {
  problem: string;
  ok: boolean;
  issues: PackageIssue[];
  inputValidation: InputValidationReport[];
  timeLimitMs: number | null;
  /** True when the time limit was derived now from the accepted submissions (and written to .timelimit). */
  timeLimitDerived: boolean;
  results: SubmissionReport[];
  unsupported: string[];
  /** What generators/generators.yaml made (null when the package has none). */
  generation: GenerationReport | null;
}

export type VerifyEvent =
  | GenerateEvent
  | { type: 'input-validation'; done: number; total: number }
  | { type: 'submission-started'; path: string; index: number; total: number }
  | { type: 'submission-progress'; path: string; event: JudgeEvent }
  | { type: 'submission-finished'; report: SubmissionReport; index: number; total: number };

export interface VerifyOptions {
  sandbox: Sandbox;
  languages: readonly Language[];
  /** Ids of the languages whose toolchain is installed; others make a submission "unsupported". */
  available: ReadonlySet<string>;
  problemDir: string;
  /** Where data made by generators/generators.yaml is cached by content hash (see generate.ts). */
  generatedDataCacheDir?: string;
  onEvent?: (event: VerifyEvent) => void;
}

async function validateInputs(options: VerifyOptions, problem: Problem): Promise<InputValidationReport[]> {
  const reports: InputValidationReport[] = [];
  const cases: { name: string; inputFile: string; flags: string[] }[] = [];
  const walk = (group: TestGroup) => {
    for (const testCase of group.cases) cases.push({ ...testCase, flags: group.settings.inputValidatorFlags });
    group.groups.forEach(walk);
  };
  walk(problem.data);
  let done = 0;
  const total = cases.length * problem.inputValidators.length;
  for (const validator of problem.inputValidators) {
    let program: Awaited<ReturnType<typeof compileValidator>>;
    try {
      program = await compileValidator(options.sandbox, options.languages, validator);
    } catch (error) {
      if (!(error instanceof JudgeSetupError)) throw error;
      reports.push({ validator: validator.path, testCase: '*', ok: false, message: error.message });
      continue;
    }
    // a testlib validator says "valid" with exit code 0, a problem package one with 42
    const valid = (await validatorProtocol(validator)) === 'testlib' ? TESTLIB_OK : INPUT_VALID;
    try {
      for (const testCase of cases) {
        const result = await program.run({
          stdin: { file: testCase.inputFile },
          args: testCase.flags,
          limits: validatorLimits(problem.limits),
        });
        const ok = result.exitCode === valid;
        const said = (result.stdout + result.stderr).trim().split('\n').slice(0, 3).join(' | ');
        reports.push({
          validator: validator.path,
          testCase: testCase.name,
          ok,
          message: ok ? null : `${result.status}, exit code ${result.exitCode}${said ? `: ${said}` : ''}`,
        });
        options.onEvent?.({ type: 'input-validation', done: ++done, total });
      }
    } finally {
      await program.dispose();
    }
  }
  return reports;
}

async function judgeOne(
  options: VerifyOptions,
  prepared: PreparedProblem,
  submission: PackageSubmission,
  timeLimitMs: number,
): Promise<SubmissionReport> {
  const { problem } = prepared;
  const unchecked = submission.rules.map((rule) => ({ source: rule.source, ok: false, why: 'not judged' }));
  const expected: ExpectedResult | '-' = submission.expected ?? '-';
  const base = { path: submission.path, expected, rules: unchecked, cpuMs: 0, score: null };
  // submissions.yaml may name the language (by the id of a language here)
  const named = options.languages.some((language) => language.id === submission.language)
    ? submission.language
    : undefined;
  const choice = chooseLanguage(options.languages, submission.files, named);
  if (!choice.ok) {
    return { ...base, language: null, got: 'unsupported', ok: false, message: choice.reason };
  }
  if (!options.available.has(choice.language.id)) {
    return {
      ...base,
      language: choice.language.id,
      got: 'unsupported',
      ok: false,
      message: `${choice.language.id} is not installed here`,
    };
  }
  // a time-limit submission must be too slow even with the safety margin
  const limit =
    submission.expected === 'time_limit_exceeded' || expectsTimeLimit(submission.rules)
      ? Math.ceil(timeLimitMs * problem.limits.timeSafetyMargin)
      : timeLimitMs;
  let result: JudgeResult;
  try {
    result = await judgeSubmission({
      sandbox: options.sandbox,
      languages: options.languages,
      prepared,
      files: submission.files,
      languageId: choice.language.id,
      timeLimitMs: limit,
      runAll: needsEveryTest(submission.rules),
      onEvent: (event) => options.onEvent?.({ type: 'submission-progress', path: submission.path, event }),
    });
  } catch (error) {
    if (!(error instanceof JudgeSetupError)) throw error;
    return { ...base, language: choice.language.id, got: 'judge_error', ok: false, message: error.message };
  }
  const got = submission.expected ? reportedFolder(submission.expected, result) : ownFolder(result);
  const firstBad = result.tests.find((test) => test.verdict !== 'AC');
  const message =
    result.message ??
    (result.compile && !result.compile.ok ? result.compile.stderr.trim().split('\n').slice(0, 3).join(' | ') : null) ??
    (firstBad
      ? `${firstBad.verdict} on ${firstBad.name}${firstBad.message ? `: ${firstBad.message.split('\n')[0]}` : ''}`
      : null);
  const rules = checkRules(submission.rules, result, got);
  const onlyFolder = submission.rules.length === 1 && submission.rules[0]?.source.startsWith('folder ');
  return {
    ...base,
    rules,
    language: choice.language.id,
    got,
    // a legacy package's one rule is its folder; anything else must satisfy every rule
    ok:
      onlyFolder && submission.expected
        ? meetsExpectation(submission.expected, result)
        : rules.every((rule) => rule.ok),
    cpuMs: result.maxCpuMs,
    score: result.score,
    message,
  };
}

/**
 * Checks a problem package as problemtools' verifyproblem does: reads and validates the
 * package, runs the input validators on every test input, derives the time limit when none is
 * given, then judges every submission under submissions/<expected>/ and compares.
 */
export async function verifyProblem(options: VerifyOptions): Promise<VerifyReport> {
  // a package with generators/generators.yaml has its data made first (or taken from the cache)
  const generation = await generateTestData({
    sandbox: options.sandbox,
    languages: options.languages,
    available: options.available,
    problemDir: options.problemDir,
    ...(options.generatedDataCacheDir ? { cacheDir: options.generatedDataCacheDir } : {}),
    onEvent: options.onEvent,
  });
  const generationFailed = generation.issues.some((issue) => issue.severity === 'error');
  const read = await readProblem(options.problemDir);
  const { problem } = read;
  // when generation failed, what is missing in data/ follows from it: its own errors say more
  const issues = [...generation.issues, ...(generationFailed ? [] : read.issues)];
  const report: VerifyReport = {
    problem: problem.id,
    ok: false,
    issues,
    inputValidation: [],
    timeLimitMs: problem.limits.timeLimitMs,
    timeLimitDerived: false,
    results: [],
    unsupported: [],
    generation: generation.used ? generation : null,
  };
  if (issues.some((issue) => issue.severity === 'error')) return report;
  report.inputValidation = await validateInputs(options, problem);

  let prepared: PreparedProblem;
  try {
    prepared = await prepareProblem(options.sandbox, options.languages, problem);
  } catch (error) {
    if (!(error instanceof JudgeSetupError)) throw error;
    issues.push({ severity: 'error', file: problem.outputValidator?.path ?? 'problem.yaml', message: error.message });
    return report;
  }
  try {
    const submissions = problem.submissions;
    const total = submissions.length;
    const done = new Map<PackageSubmission, SubmissionReport>();
    let index = 0;
    const run = async (submission: PackageSubmission, timeLimitMs: number) => {
      const at = index++;
      options.onEvent?.({ type: 'submission-started', path: submission.path, index: at, total });
      const result = await judgeOne(options, prepared, submission, timeLimitMs);
      done.set(submission, result);
      options.onEvent?.({ type: 'submission-finished', report: result, index: at, total });
    };
    let timeLimitMs = problem.limits.timeLimitMs;
    if (timeLimitMs === null) {
      // judge the accepted ones first, under a generous limit, and take the slowest
      const accepted = submissions.filter((submission) => submission.expected === 'accepted');
      for (const submission of accepted) await run(submission, PROVISIONAL_TIME_LIMIT_MS);
      const judged = accepted.map((submission) => done.get(submission)).filter((entry) => entry?.ok);
      if (judged.length === 0) {
        issues.push({
          severity: 'error',
          file: 'submissions/accepted',
          message: 'no time limit is given and no accepted submission passed to derive one from',
        });
        report.results = [...done.values()];
        return report;
      }
      timeLimitMs = deriveTimeLimitMs(
        Math.max(...judged.map((entry) => entry?.cpuMs ?? 0)),
        problem.limits.timeMultiplier,
      );
      await writeTimeLimit(problem.dir, timeLimitMs);
      report.timeLimitDerived = true;
      report.timeLimitMs = timeLimitMs;
    }
    for (const submission of submissions) {
      if (!done.has(submission)) await run(submission, timeLimitMs);
    }
    report.results = submissions.map((submission) => done.get(submission) as SubmissionReport);
  } finally {
    await prepared.dispose();
  }
  report.unsupported = report.results.filter((result) => result.got === 'unsupported').map((result) => result.path);
  report.ok =
    !report.issues.some((issue) => issue.severity === 'error') &&
    report.inputValidation.every((entry) => entry.ok) &&
    report.results.every((result) => result.ok || result.got === 'unsupported');
  return report;
}
