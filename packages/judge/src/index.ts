export {
  type CheckOutcome,
  compileValidator,
  customChecker,
  defaultChecker,
  type OutputChecker,
  VALIDATOR_ACCEPT,
  VALIDATOR_REJECT,
} from './checker.ts';
export { defaultValidate, parseValidatorFlags, ValidatorFlagError } from './default-validator.ts';
export { type SampleDiff, sampleDiff } from './diff.ts';
export { JudgeSetupError } from './errors.ts';
export { type ExpectationInput, meetsExpectation, ownFolder, reportedFolder, verdictFolder } from './expectation.ts';
export { type CompareOptions, compareCalls, compareValue, type Difference } from './function/compare.ts';
export { isJsonObject, type Json, JsonNumber, JsonSyntaxError, parseJson, stringifyJson } from './function/json.ts';
export { functionSources } from './function/judge-function.ts';
export { DriverStream, driverInput, newNonce, parseRecord } from './function/protocol.ts';
export { type FunctionOutcome, FunctionRunner, RUN_CPU_CAP_MS } from './function/runner.ts';
export { FUNCTION_LANGUAGES, functionProgram, functionTarget, starterCode } from './function/targets/index.ts';
export {
  customFunctionTest,
  customFunctionTests,
  type FunctionTest,
  type PreparedFunction,
  prepareFunctionTests,
} from './function/tests.ts';
export { isValueOf } from './function/values.ts';
export {
  defaultGenerationCacheDir,
  GENERATION_LIMITS,
  type GenerateEvent,
  type GenerateOptions,
  type GenerationFailure,
  type GenerationReport,
  generateTestData,
  missingGeneratedData,
} from './generate.ts';
export {
  type JudgeEvent,
  type JudgeOptions,
  type JudgeResult,
  judgeSubmission,
  type PreparedProblem,
  prepareProblem,
  type TestResult,
  wallLimitMs,
} from './judge.ts';
export { type PolygonRunnerOptions, type SandboxPolygonRunner, sandboxPolygonRunner } from './polygon-runner.ts';
export { chooseLanguage, type HostFile, type LanguageChoice } from './program-language.ts';
export { type GroupResult, maxScoreOf } from './scoring.ts';
export { assertNever, firstFailure, VERDICTS, type Verdict, verdictOfRun } from './verdict.ts';
export { type SubmissionReport, type VerifyOptions, type VerifyReport, verifyProblem } from './verify.ts';
