import type { Readable, Writable } from 'node:stream';
import type { Program, ProgramRunLimits, ProgramRunResult } from '@verdict/languages';
import type { ProblemLimits, TestCase } from '@verdict/problems';
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

/**
 * Forwards one program's output to the other's input. The output is read from the moment its
 * program starts (the sandbox captures it too, so it flows at once); whatever arrives before the
 * other program has started is held and written first when it starts, so nothing said early is
 * lost. A closed reader is not an error.
 */
class Forwarder {
  private pending: Buffer[] = [];
  private ended = false;
  private to: Writable | null = null;

  constructor(from: Readable) {
    from.on('error', () => {});
    from.on('data', (chunk: Buffer) => {
      if (this.to === null) this.pending.push(chunk);
      else if (!this.to.write(chunk)) {
        from.pause();
        this.to.once('drain', () => from.resume());
      }
    });
    from.once('end', () => {
      this.ended = true;
      this.to?.end();
    });
  }

  connect(to: Writable): void {
    to.on('error', () => {});
    this.to = to;
    for (const chunk of this.pending) to.write(chunk);
    this.pending = [];
    if (this.ended) to.end();
  }
}

/**
 * Runs a submission against an interactive validator, each in its own sandbox, the
 * submission's stdout feeding the validator's stdin and the other way round. Either may start
 * first; what it writes before the other has started is delivered once it has. When one side
 * ends, the other sees end of file.
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
  let toValidator: Forwarder | null = null;
  let toSubmission: Forwarder | null = null;
  let submissionStdin: Writable | null = null;
  let validatorStdin: Writable | null = null;
  const wire = () => {
    if (!toValidator || !toSubmission || !submissionStdin || !validatorStdin) return;
    toValidator.connect(validatorStdin);
    toSubmission.connect(submissionStdin);
  };
  let submissionEnded = Number.POSITIVE_INFINITY;
  let validatorEnded = Number.POSITIVE_INFINITY;
  const submissionRun = options.submission.run({
    stdin: { stream: true },
    limits: options.limits,
    onStart: (io) => {
      toValidator = new Forwarder(io.stdout);
      submissionStdin = io.stdin as Writable;
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
      toSubmission = new Forwarder(io.stdout);
      validatorStdin = io.stdin as Writable;
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
