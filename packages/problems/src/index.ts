export {
  ArchiveError,
  type ArchiveLimits,
  DEFAULT_ARCHIVE_LIMITS,
  type PackedProblem,
  packFiles,
  packProblemDir,
  sha256Hex,
  unpackArchive,
  writeFiles,
} from './archive.ts';
export { readStatementAsset, STATEMENT_FOLDERS, statementAssetType } from './assets.ts';
export { allCases, rootSettings } from './data-tree.ts';
export { EXPORT_FORMATS, type ExportedPackage, type ExportFormat, exportProblem, exportProblemZip } from './export.ts';
export {
  type CaseSource,
  GENERATED_EXTENSIONS,
  GENERATORS_YAML,
  type GeneratedExtension,
  type GeneratorsPlan,
  generatorSeed,
  type PlannedCase,
  type PlannedGroup,
  planGenerators,
  type SolutionChoice,
  substituteArgs,
} from './generators-yaml.ts';
export { deriveTimeLimitMs, TIMELIMIT_FILE, writeTimeLimit } from './limits.ts';
export { isDirectory, listFiles, readProgram } from './package-files.ts';
export {
  convertPolygonPackage,
  isPolygonPackage,
  type PolygonConversion,
  type PolygonRunner,
  type ProgramOutput,
} from './polygon.ts';
export { texToMarkdown } from './polygon-statement.ts';
export { PackageNotFoundError, type ReadResult, readProblem } from './read.ts';
export { formatValueType, MAX_ARRAY_DEPTH, parseValueType, pascalCase, readSignature, snakeCase } from './signature.ts';
export { expandBraces, globMatches } from './submissions.ts';
export * from './types.ts';
export { readYamlMapping } from './yaml-file.ts';
