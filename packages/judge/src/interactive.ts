import type { Readable, Writable } from 'node:stream';
import type { Program, ProgramRunLimits, ProgramRunResult } from '@verdict/languages';
import type { ProblemLimits, TestCase } from '@verdict/problems';
import type { SandboxIo } from '@verdict/sandbox';
import {
  type CheckOutcome,
  checkOutcomeOf,
  NEXT_PASS_FILE,
  VALIDATOR_ANSWER,
  VALIDATOR_FEEDBACK,
  VALIDATOR_INPUT,
  validatorLimits,
} from './checker.ts';
import { TESTLIB_OUTPUT, testlibOutcome } from './testlib.ts';

const JUDGE_MESSAGE = `${VALIDATOR_FEEDBACK}/judgemessage.txt`;
/** The validator outlives the submission's wall limit by this much, so the submission's TLE is seen first. */
const VALIDATOR_WALL_EXTRA_MS = 2_000;

export interface InteractiveOutcome {
  submission: ProgramRunResult;
  validator: CheckOutcome;
  /** Whether the validator's process ended before the submission's (decides WA against a crash). */
  validatorEndedFirst: boolean;
}

/** Forwards one program's output to the other's input; a closed reader is not an error. */
function connect(from: Readable, to: Writable): void {
  to.on('error', () => {});
  from.on('error', () => {});
  from.pipe(to);
}

/**
 * Runs a submission against an interactive validator, each in its own sandbox, the
 * submission's stdout feeding the validator's stdin and the other way round. Both must have
 * started before bytes flow; when one side ends, the other sees end of file.
 */
export async function runInteractive(options: {
  submission: Program;
  validator: Program;
  testCase: TestCase;
  limits: ProgramRunLimits;
  problemLimits: ProblemLimits;
  flags: readonly string[];
  /** A testlib interactor (`interactor input output answer`, exit 0 accepts; see testlib.ts) instead of the format's protocol. */
  testlib?: boolean;
}): Promise<InteractiveOutcome> {
  let submissionIo: SandboxIo | null = null;
  let validatorIo: SandboxIo | null = null;
  const wire = () => {
    if (!submissionIo || !validatorIo) return;
    connect(submissionIo.stdout, validatorIo.stdin as Writable);
    connect(validatorIo.stdout, submissionIo.stdin as Writable);
  };
  let submissionEnded = Number.POSITIVE_INFINITY;
  let validatorEnded = Number.POSITIVE_INFINITY;
  const submissionRun = options.submission.run({
    stdin: { stream: true },
    limits: options.limits,
    onStart: (io) => {
      submissionIo = io;
      // the output stream ends when the process tree is gone: the earliest sign of its end
      io.stdout.once('end', () => {
        submissionEnded = performance.now();
      });
      wire();
    },
  });
  const validatorRun = options.validator.run({
    args: options.testlib
      ? [VALIDATOR_INPUT, `${VALIDATOR_FEEDBACK}/${TESTLIB_OUTPUT}`, VALIDATOR_ANSWER]
      : [VALIDATOR_INPUT, VALIDATOR_ANSWER, `${VALIDATOR_FEEDBACK}/`, ...options.flags],
    stdin: { stream: true },
    files: [
      { name: VALIDATOR_INPUT, from: options.testCase.inputFile },
      { name: VALIDATOR_ANSWER, from: options.testCase.answerFile },
    ],
    dirs: [VALIDATOR_FEEDBACK],
    collect: [JUDGE_MESSAGE, NEXT_PASS_FILE],
    limits: validatorLimits(options.problemLimits, options.limits.wallMs + VALIDATOR_WALL_EXTRA_MS),
    onStart: (io) => {
      validatorIo = io;
      io.stdout.once('end', () => {
        validatorEnded = performance.now();
      });
      wire();
    },
  });
  const [submission, validator] = await Promise.allSettled([submissionRun, validatorRun]);
  if (submission.status === 'rejected') throw submission.reason;
  if (validator.status === 'rejected') throw validator.reason;
  return {
    submission: submission.value,
    validator: {
      ...(options.testlib
        ? testlibOutcome(validator.value)
        : checkOutcomeOf(validator.value, validator.value.collected[JUDGE_MESSAGE] ?? null)),
      nextPass: validator.value.collected[NEXT_PASS_FILE] ?? null,
    },
    validatorEndedFirst: validatorEnded < submissionEnded,
  };
}
