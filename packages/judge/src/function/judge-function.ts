/**
 * The hooks judge.ts calls for a function problem: the program built from the user's code and
 * the generated driver, and each test's outcome from the one-process runner.
 */
import type { Language, Program, SourceFile } from '@verdict/languages';
import type { FunctionSignature, TestCase } from '@verdict/problems';
import { type SampleDiff, sampleDiff } from '../diff.ts';
import { JudgeSetupError } from '../errors.ts';
import type { Verdict } from '../verdict.ts';
import { stringifyJson } from './json.ts';
import { type FunctionOutcome, FunctionRunner } from './runner.ts';
import { FUNCTION_LANGUAGES, functionProgram } from './targets/index.ts';
import type { PreparedFunction } from './tests.ts';

export type FunctionSources = { ok: true; files: SourceFile[] } | { ok: false; reason: string };

/**
 * The files to compile for a function problem: the user's code (the entry file) with the
 * driver generated for its language; the submission's other files come along unchanged.
 */
export function functionSources(
  signature: FunctionSignature,
  language: Language,
  sources: readonly SourceFile[],
): FunctionSources {
  const [entry, ...others] = sources;
  if (!entry) return { ok: false, reason: 'no source file' };
  const code = typeof entry.content === 'string' ? entry.content : Buffer.from(entry.content).toString('utf8');
  const files = functionProgram(signature, language.id, code);
  if (!files) {
    return {
      ok: false,
      reason: `function problems can be solved in ${FUNCTION_LANGUAGES.join(', ')}; not in ${language.id}`,
    };
  }
  const taken = new Set(files.map((file) => file.name));
  return { ok: true, files: [...files, ...others.filter((file) => !taken.has(file.name))] };
}

export interface FunctionCaseResult {
  verdict: Verdict;
  message: string | null;
  cpuMs: number;
  wallMs: number;
  memoryKb: number;
  diff: SampleDiff | null;
  output: string;
}

export function functionRunner(options: {
  program: Program;
  prepared: PreparedFunction;
  timeLimitMs: number;
  memoryKb: number;
  stdoutBytes: number;
  wallLimitMs(cpuLimitMs: number): number;
}): FunctionRunner {
  return new FunctionRunner(options);
}

/** One test's result, as judge.ts reports it; for a failed sample, the diff of the JSON. */
export async function judgeFunctionCase(
  runner: FunctionRunner,
  prepared: PreparedFunction,
  testCase: TestCase,
): Promise<FunctionCaseResult> {
  const index = prepared.indexByInput.get(testCase.inputFile);
  const test = index === undefined ? undefined : prepared.tests[index];
  if (index === undefined || !test) throw new JudgeSetupError(`test ${testCase.name} was not prepared`);
  const outcome: FunctionOutcome = await runner.judge(index);
  const diff =
    testCase.sample && outcome.verdict === 'WA' && outcome.got !== null
      ? sampleDiff(stringifyJson(test.expected), stringifyJson(outcome.got))
      : null;
  return {
    verdict: outcome.verdict,
    message: outcome.message,
    cpuMs: Math.round(outcome.cpuMs),
    wallMs: Math.round(outcome.wallMs),
    memoryKb: outcome.memoryKb,
    diff,
    output: outcome.output,
  };
}
