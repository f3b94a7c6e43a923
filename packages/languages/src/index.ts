export { detectLanguage, detectLanguages, installHint, type LanguageStatus } from './detect.ts';
export { checkExtensionDefaults, languageForFileName, needsContent } from './extensions.ts';
export { type Language, LanguageConfigError, type LoadOptions, loadLanguages, parseLanguage } from './load.ts';
export { DEFAULT_LANGUAGES_DIR, REPO_ROOT, TOOLCHAIN_PATH } from './paths.ts';
export {
  boxOptionsFor,
  COLLECT_BYTES,
  type CompileOptions,
  type CompileReport,
  compileProgram,
  DEFAULT_COMPILE_LIMITS,
  type Program,
  type ProgramBox,
  type ProgramBoxRunOptions,
  type ProgramRunLimits,
  type ProgramRunOptions,
  type ProgramRunResult,
  runLimitsFor,
  type SourceFile,
  SourceFileError,
} from './program.ts';
export { type LanguageSpec, languageSchema, PLACEHOLDERS } from './schema.ts';
export { normalizeOutput, type SelftestResult, selftestLanguage } from './selftest.ts';
