export { CatalogImportError } from './errors.ts';
export { DEFAULT_DIFFICULTY, VERDICT_PROBLEM_KEYS } from './extensions.ts';
export { type ImportOptions, type ImportResult, importProblemPackage, type PackageSource } from './import.ts';
export { type LatexRender, type LatexRenderOptions, renderLatexStatement } from './latex.ts';
export { type ProblemMeta, type ProblemSample, SAMPLE_MAX_BYTES } from './meta.ts';
export { type RenderOptions, renderStatement, statementAssetUrl } from './render.ts';
export {
  BUILTIN_PROBLEMS_DIR,
  type SeedEntry,
  type SeedOptions,
  type SeedSummary,
  seedBuiltinProblems,
} from './seed.ts';
export { SLUG_PATTERN } from './slug.ts';
export { starterTemplates, templateFile } from './starter.ts';
