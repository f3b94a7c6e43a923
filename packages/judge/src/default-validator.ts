/**
 * The default output validator of the ICPC/Kattis problem format: compares the submission's
 * output with the judge's answer token by token. Flags (problem.yaml `validator_flags`):
 * `case_sensitive`, `space_change_sensitive`, `float_relative_tolerance E`,
 * `float_absolute_tolerance E`, `float_tolerance E` (both). Without `case_sensitive` letters
 * compare case-insensitively; without `space_change_sensitive` any run of whitespace equals any
 * other. With a tolerance, an answer token that is a number is compared numerically.
 */

export interface DefaultValidatorOptions {
  caseSensitive: boolean;
  spaceChangeSensitive: boolean;
  floatAbsoluteTolerance: number | null;
  floatRelativeTolerance: number | null;
}

export type ValidatorOutcome = { accepted: true } | { accepted: false; message: string };

export class ValidatorFlagError extends Error {
  override readonly name = 'ValidatorFlagError';
}

/** Parses `validator_flags`; an unknown flag or a bad number is the author's error. */
export function parseValidatorFlags(flags: readonly string[]): DefaultValidatorOptions {
  const options: DefaultValidatorOptions = {
    caseSensitive: false,
    spaceChangeSensitive: false,
    floatAbsoluteTolerance: null,
    floatRelativeTolerance: null,
  };
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i] as string;
    const number = () => {
      const value = Number(flags[++i]);
      if (flags[i] === undefined || !Number.isFinite(value) || value < 0) {
        throw new ValidatorFlagError(`validator flag ${flag} needs a non-negative number`);
      }
      return value;
    };
    switch (flag) {
      case 'case_sensitive':
        options.caseSensitive = true;
        break;
      case 'space_change_sensitive':
        options.spaceChangeSensitive = true;
        break;
      case 'float_relative_tolerance':
        options.floatRelativeTolerance = number();
        break;
      case 'float_absolute_tolerance':
        options.floatAbsoluteTolerance = number();
        break;
      case 'float_tolerance': {
        const value = number();
        options.floatAbsoluteTolerance = value;
        options.floatRelativeTolerance = value;
        break;
      }
      default:
        throw new ValidatorFlagError(
          `unknown validator flag "${flag}"; known: case_sensitive, space_change_sensitive, float_tolerance, float_absolute_tolerance, float_relative_tolerance`,
        );
    }
  }
  return options;
}

const SPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const SHOWN_CHARS = 40;

/** Walks a buffer token by token, keeping the line number and the whitespace between tokens. */
class Tokens {
  private pos = 0;
  line = 1;
  constructor(private readonly buffer: Buffer) {}

  /** The whitespace before the next token (and consumes it). */
  space(): string {
    const start = this.pos;
    while (this.pos < this.buffer.length && SPACE.has(this.buffer[this.pos] as number)) {
      if (this.buffer[this.pos] === 0x0a) this.line++;
      this.pos++;
    }
    return this.buffer.toString('latin1', start, this.pos);
  }

  next(): string | null {
    this.space();
    return this.token();
  }

  token(): string | null {
    if (this.pos >= this.buffer.length) return null;
    const start = this.pos;
    while (this.pos < this.buffer.length && !SPACE.has(this.buffer[this.pos] as number)) this.pos++;
    return this.buffer.toString('utf8', start, this.pos);
  }
}

function show(token: string): string {
  return JSON.stringify(token.length > SHOWN_CHARS ? `${token.slice(0, SHOWN_CHARS)}…` : token);
}

function numbersMatch(expected: number, got: number, options: DefaultValidatorOptions): boolean {
  if (Number.isNaN(expected) || Number.isNaN(got)) return false;
  const difference = Math.abs(expected - got);
  if (options.floatAbsoluteTolerance !== null && difference <= options.floatAbsoluteTolerance) return true;
  if (options.floatRelativeTolerance !== null && difference <= options.floatRelativeTolerance * Math.abs(expected)) {
    return true;
  }
  return false;
}

function tokensMatch(expected: string, got: string, options: DefaultValidatorOptions): boolean {
  const tolerant = options.floatAbsoluteTolerance !== null || options.floatRelativeTolerance !== null;
  if (tolerant && FLOAT.test(expected)) {
    return FLOAT.test(got) && (expected === got || numbersMatch(Number(expected), Number(got), options));
  }
  return options.caseSensitive ? expected === got : expected.toLowerCase() === got.toLowerCase();
}

/** Compares a submission's output with the answer; the message says where they first differ. */
export function defaultValidate(
  answer: Buffer | string,
  output: Buffer | string,
  options: DefaultValidatorOptions,
): ValidatorOutcome {
  const judge = new Tokens(Buffer.isBuffer(answer) ? answer : Buffer.from(answer));
  const team = new Tokens(Buffer.isBuffer(output) ? output : Buffer.from(output));
  for (let index = 1; ; index++) {
    let expected: string | null;
    let got: string | null;
    if (options.spaceChangeSensitive) {
      const judgeSpace = judge.space();
      const teamSpace = team.space();
      expected = judge.token();
      got = team.token();
      if (judgeSpace !== teamSpace && !(expected === null && got === null && judgeSpace.trim() === teamSpace.trim())) {
        return { accepted: false, message: `whitespace differs before token ${index} (line ${team.line})` };
      }
    } else {
      expected = judge.next();
      got = team.next();
    }
    if (expected === null && got === null) return { accepted: true };
    if (expected === null) {
      return {
        accepted: false,
        message: `trailing output: token ${index} is ${show(got as string)} (line ${team.line}), expected end of output`,
      };
    }
    if (got === null) {
      return {
        accepted: false,
        message: `output ended early: token ${index} should be ${show(expected)} (line ${judge.line})`,
      };
    }
    if (!tokensMatch(expected, got, options)) {
      return {
        accepted: false,
        message: `token ${index} (line ${team.line}) differs: expected ${show(expected)}, got ${show(got)}`,
      };
    }
  }
}
