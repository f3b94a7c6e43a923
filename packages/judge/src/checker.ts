import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileProgram, type Language, type Program } from '@verdict/languages';
import type { PackageProgram, ProblemLimits, TestCase } from '@verdict/problems';
import type { Sandbox } from '@verdict/sandbox';
import { defaultValidate, parseValidatorFlags, ValidatorFlagError } from './default-validator.ts';
import { JudgeSetupError } from './errors.ts';
import { chooseLanguage, readSources } from './program-language.ts';

/** Exit codes of the output validator protocol. */
export const VALIDATOR_ACCEPT = 42;
export const VALIDATOR_REJECT = 43;

/** Names inside a validator's work dir; the validator gets them as its arguments. */
export const VALIDATOR_INPUT = 'judge.in';
export const VALIDATOR_ANSWER = 'judge.ans';
export const VALIDATOR_FEEDBACK = 'feedback';
const JUDGE_MESSAGE = `${VALIDATOR_FEEDBACK}/judgemessage.txt`;
/** Where a multi-pass problem's validator writes the next pass's input (see multi-pass.ts). */
export const NEXT_PASS_FILE = `${VALIDATOR_FEEDBACK}/nextpass.in`;

export interface CheckOutcome {
  verdict: 'AC' | 'WA' | 'IE';
  /** What the validator said (judgemessage.txt, or where the default validator found a difference). */
  message: string | null;
  /** Multi-pass problems: the input the validator wrote for the next pass, if any. */
  nextPass?: string | null;
}

/** Decides whether one test's output is right. */
export interface OutputChecker {
  check(testCase: TestCase, output: string, flags: readonly string[], scratchDir: string): Promise<CheckOutcome>;
  dispose(): Promise<void>;
}

/** The default validator; bad flags are the package's fault and stop judging up front. */
export function defaultChecker(problemFlags: readonly string[]): OutputChecker {
  try {
    parseValidatorFlags(problemFlags);
  } catch (error) {
    if (error instanceof ValidatorFlagError)
      throw new JudgeSetupError(`problem.yaml validator_flags: ${error.message}`);
    throw error;
  }
  return {
    async check(testCase, output, flags) {
      let options: ReturnType<typeof parseValidatorFlags>;
      try {
        options = parseValidatorFlags([...problemFlags, ...flags]);
      } catch (error) {
        return { verdict: 'IE', message: (error as Error).message };
      }
      const outcome = defaultValidate(await readFile(testCase.answerFile), output, options);
      return outcome.accepted ? { verdict: 'AC', message: null } : { verdict: 'WA', message: outcome.message };
    },
    async dispose() {},
  };
}

/** Limits of a validator run, from the problem's validation limits. */
export function validatorLimits(limits: ProblemLimits, wallFloorMs = 0) {
  const cpuMs = limits.validationTimeS * 1000;
  return {
    cpuMs,
    wallMs: Math.max(cpuMs * 2, wallFloorMs),
    memoryKb: limits.validationMemoryMb * 1024,
    stdoutBytes: limits.validationOutputMb * 1024 * 1024,
  };
}

/** Compiles a package's validator (output or input) in the sandbox; a failure is the package's fault. */
export async function compileValidator(
  sandbox: Sandbox,
  languages: readonly Language[],
  program: PackageProgram,
): Promise<Program> {
  const choice = chooseLanguage(languages, program.files);
  if (!choice.ok) throw new JudgeSetupError(`${program.path}: ${choice.reason}`);
  const compiled = await compileProgram({ sandbox, language: choice.language, files: await readSources(choice) });
  if (!compiled.ok) {
    const output = `${compiled.compile?.stderr ?? ''}${compiled.compile?.stdout ?? ''}`
      .trim()
      .split('\n')
      .slice(0, 10)
      .join('\n');
    await compiled.dispose();
    throw new JudgeSetupError(`${program.path} does not compile (${choice.language.id}):\n${output}`);
  }
  return compiled;
}

/**
 * Runs a custom output validator with the standard protocol: `validator input answer
 * feedback_dir [flags] < output`, exit 42 accepts, 43 rejects, anything else is the
 * validator's own failure (IE).
 */
export function customChecker(
  validator: Program,
  limits: ProblemLimits,
  problemFlags: readonly string[],
): OutputChecker {
  return {
    async check(testCase, output, flags, scratchDir) {
      const outputFile = join(scratchDir, 'team.out');
      await writeFile(outputFile, output);
      const result = await validator.run({
        args: [VALIDATOR_INPUT, VALIDATOR_ANSWER, `${VALIDATOR_FEEDBACK}/`, ...problemFlags, ...flags],
        stdin: { file: outputFile },
        files: [
          { name: VALIDATOR_INPUT, from: testCase.inputFile },
          { name: VALIDATOR_ANSWER, from: testCase.answerFile },
        ],
        dirs: [VALIDATOR_FEEDBACK],
        collect: [JUDGE_MESSAGE, NEXT_PASS_FILE],
        limits: validatorLimits(limits),
      });
      const outcome = checkOutcomeOf(result, result.collected[JUDGE_MESSAGE] ?? null);
      return { ...outcome, nextPass: result.collected[NEXT_PASS_FILE] ?? null };
    },
    dispose: () => validator.dispose(),
  };
}

/** Maps a validator's exit to a verdict; its own crash or limit is IE with the reason. */
export function checkOutcomeOf(
  result: { status: string; exitCode: number | null; signal: string | null; stderr: string },
  judgeMessage: string | null,
): CheckOutcome {
  const message = judgeMessage?.trim() || null;
  if (result.exitCode === VALIDATOR_ACCEPT) return { verdict: 'AC', message };
  if (result.exitCode === VALIDATOR_REJECT) return { verdict: 'WA', message };
  const how = result.signal ? `signal ${result.signal}` : `${result.status}, exit code ${result.exitCode}`;
  const stderr = result.stderr.trim().split('\n').slice(-5).join('\n');
  return { verdict: 'IE', message: `output validator failed (${how})${stderr ? `: ${stderr}` : ''}` };
}
