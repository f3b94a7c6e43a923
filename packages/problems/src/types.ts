/** The judge's view of a problem package (ICPC/Kattis legacy layout, 2023-07 or 2025-09; docs/PACKAGES.md). */

/** Versions of the problem package format Verdict reads; later drafts are read as the newest. */
export const FORMAT_VERSIONS = ['legacy', '2023-07', '2025-09'] as const;
export type FormatVersion = (typeof FORMAT_VERSIONS)[number];

/** Verdict folders under submissions/, in the order reports list them. */
export const EXPECTED_RESULTS = [
  'accepted',
  'partially_accepted',
  'wrong_answer',
  'time_limit_exceeded',
  'run_time_error',
  'compiler_error',
  'memory_limit_exceeded',
  'output_limit_exceeded',
] as const;
export type ExpectedResult = (typeof EXPECTED_RESULTS)[number];

export interface ProblemLimits {
  /** Time limit per test case; null when the package gives none (derive it, see deriveTimeLimit). */
  timeLimitMs: number | null;
  /** Where the time limit came from. */
  timeLimitSource: 'timelimit-file' | 'problem.yaml' | 'none';
  /** Slowest accepted submission times this gives the time limit (ac_to_time_limit, time_multiplier). */
  timeMultiplier: number;
  /** A time-limit-exceeded submission must exceed the limit times this (time_limit_to_tle, time_safety_margin). */
  timeSafetyMargin: number;
  memoryMb: number;
  outputMb: number;
  codeKb: number;
  compilationTimeS: number;
  validationTimeS: number;
  validationMemoryMb: number;
  validationOutputMb: number;
  /** Multi-pass problems: the most times a submission runs on one test case (limits.validation_passes). */
  validationPasses: number;
}

/** Scoring and validation settings of a test group, from testdata.yaml, inherited downwards. */
export interface GroupSettings {
  onReject: 'break' | 'continue';
  /** grading: custom is read but judged with the default grader (reported as a warning). */
  grading: 'default' | 'custom';
  aggregation: 'sum' | 'min';
  acceptScore: number;
  rejectScore: number;
  range: [number, number];
  inputValidatorFlags: string[];
  outputValidatorFlags: string[];
}

export interface TestCase {
  /** Path under data/ without extension, e.g. "secret/group1/03-large". */
  name: string;
  inputFile: string;
  answerFile: string;
  sample: boolean;
}

export interface TestGroup {
  /** Path under data/, e.g. "secret/group1"; "" for data/ itself. */
  name: string;
  settings: GroupSettings;
  /** Cases of this group, in lexicographic order of base name. */
  cases: TestCase[];
  groups: TestGroup[];
}

/** A program shipped in the package (validator): one file or a folder of files. */
export interface PackageProgram {
  /** Path relative to the package, e.g. "output_validators/checker". */
  path: string;
  /** Absolute paths of its files, and their paths relative to the program. */
  files: { path: string; name: string }[];
}

/** Verdicts of one test case as submissions.yaml names them (MLE counts as RTE). */
export const TEST_VERDICTS = ['AC', 'WA', 'TLE', 'RTE'] as const;
export type TestVerdict = (typeof TEST_VERDICTS)[number];

/**
 * One expectation on a submission and where it came from. The legacy folder rule is
 * `outcomes: [folder]`; submissions.yaml gives permitted/required verdicts (per test group
 * when `cases` is set), a score and a message; DOMjudge's @EXPECTED_RESULTS@ tag gives outcomes.
 */
export interface SubmissionRule {
  /** Where the rule came from, e.g. `submissions.yaml "wrong_answer/*"` or `@EXPECTED_RESULTS@ in a.py`. */
  source: string;
  /** Test data pattern (relative to data/, globs and braces) the rule applies to; null for every case. */
  cases: string | null;
  /** Every case's verdict must be one of these. */
  permitted?: TestVerdict[];
  /** At least one case's verdict must be one of these. */
  required?: TestVerdict[];
  /** The score (or the group's score) is this value or in this inclusive range (scoring problems). */
  score?: [number, number];
  /** A substring of at least one validator message. */
  message?: string;
  /** The submission's final result must be one of these submissions/ folder names. */
  outcomes?: ExpectedResult[];
}

export interface PackageSubmission {
  /** Path relative to the package, e.g. "submissions/accepted/sol.cpp". */
  path: string;
  /** The legacy verdict folder it is in; null for another folder (rejected, brute_force, ...). */
  expected: ExpectedResult | null;
  /** What it must do; a plain legacy package has one rule, its folder. */
  rules: SubmissionRule[];
  /** submissions.yaml `language` and `entrypoint`, when given. */
  language?: string;
  entrypoint?: string;
  files: { path: string; name: string }[];
}

export interface Statement {
  language: string;
  format: 'markdown' | 'latex';
  file: string;
  text: string;
}

export interface Problem {
  /** Absolute path of the package folder. */
  dir: string;
  /** Slug: problem.yaml's id, else the folder name. */
  id: string;
  name: string;
  formatVersion: FormatVersion;
  type: 'pass-fail' | 'scoring';
  interactive: boolean;
  /** The output validator may ask for another run on an input it writes (feedback/nextpass.in). */
  multiPass: boolean;
  /** True when an output validator replaces the default one. */
  customValidation: boolean;
  /** problem.yaml validator_flags (legacy); testdata.yaml output_validator_flags add to them. */
  validatorFlags: string[];
  limits: ProblemLimits;
  statements: Statement[];
  /** The data/ tree: groups "sample" and "secret". */
  data: TestGroup;
  /** include/<language>/ files; key "default" applies to every language without its own folder. */
  include: Map<string, { path: string; name: string }[]>;
  inputValidators: PackageProgram[];
  outputValidator: PackageProgram | null;
  submissions: PackageSubmission[];
  /** A LeetCode-style function problem: the typed signature from problem.yaml `function:` (docs/FUNCTION-PROBLEMS.md). */
  function?: FunctionSignature;
}

/** The element types of a function signature; `T[]` and `T[][]` wrap them (see FunctionValueType). */
export const FUNCTION_BASE_TYPES = ['int', 'long', 'double', 'bool', 'string', 'ListNode', 'TreeNode'] as const;
export type FunctionBaseType = (typeof FUNCTION_BASE_TYPES)[number];

/** A parameter or result type: `int[][]` is `{ base: 'int', depth: 2 }`. */
export interface FunctionValueType {
  base: FunctionBaseType;
  /** Array levels around the base type: 0, 1 or 2. */
  depth: number;
}

export interface FunctionParam {
  name: string;
  type: FunctionValueType;
}

export interface FunctionMethod {
  name: string;
  params: FunctionParam[];
  /** null for void. */
  returns: FunctionValueType | null;
}

/** How a result is compared with the answer: exactly, ignoring the order of the outer array, or numbers within a tolerance. */
export type FunctionCompare = 'exact' | 'unordered' | 'float';

/** A number is right when its absolute or its relative error is within these bounds. */
export interface FunctionTolerance {
  absolute: number;
  relative: number;
}

interface FunctionSignatureCommon {
  compare: FunctionCompare;
  /** Set when compare is float. */
  tolerance: FunctionTolerance | null;
}

/** "Implement this function": each test is the JSON array of arguments, the answer the JSON result. */
export interface FunctionFormSignature extends FunctionSignatureCommon {
  form: 'function';
  name: string;
  params: FunctionParam[];
  /** null for void. */
  returns: FunctionValueType | null;
  /** For a void function that works in place: the parameter whose value after the call is the result. */
  output: string | null;
}

/** "Design this class": each test is a sequence of constructor and method calls, the answer their results. */
export interface ClassFormSignature extends FunctionSignatureCommon {
  form: 'class';
  className: string;
  constructorParams: FunctionParam[];
  methods: FunctionMethod[];
}

export type FunctionSignature = FunctionFormSignature | ClassFormSignature;

export interface PackageIssue {
  severity: 'error' | 'warning';
  /** Path relative to the package. */
  file: string;
  message: string;
}
