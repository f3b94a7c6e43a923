import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { missingGeneratedData, starterCode } from '@verdict/judge';
import type { Language } from '@verdict/languages';
import {
  ArchiveError,
  convertPolygonPackage,
  type FunctionSignature,
  isPolygonPackage,
  type PackageIssue,
  PackageNotFoundError,
  type PolygonRunner,
  packProblemDir,
  readProblem,
  unpackArchive,
  writeFiles,
} from '@verdict/problems';
import type { ProblemInput, ProblemKind, ProblemRecord, Store } from '@verdict/store';
import { CatalogImportError, refusal } from './errors.ts';
import { readExtras, readProblemYaml, withoutVerdictKeyWarnings } from './extensions.ts';
import { maxScore, type ProblemMeta, readSamples, validationOf } from './meta.ts';
import { renderStatement, statementAssetUrl } from './render.ts';
import { chooseSlug } from './slug.ts';
import { starterTemplates } from './starter.ts';
import { findStatementPdf, showStatement } from './statement.ts';

/** A package folder, or a zip of one (its files at the top, or in one folder that names the problem). */
export type PackageSource = { dir: string } | { zip: Uint8Array; name?: string };

export interface ImportOptions {
  store: Store;
  source: PackageSource;
  /** overrides problem.yaml's slug/id and the folder or zip name */
  slug?: string;
  /** the author (a user id); omitted: a new problem has none and an existing one keeps its author */
  authorId?: string | null;
  /** omitted: a new problem is published and an existing one keeps its state (an unpublished one stays so) */
  publish?: boolean;
  /** the loaded languages: their templates become the starter code */
  languages: readonly Language[];
  /** the pandoc command that converts LaTeX statements; default "pandoc" from PATH */
  pandoc?: string;
  /**
   * Makes the test data of a package with generators/generators.yaml in its folder (the CLI
   * passes judge's generateTestData with a sandbox) and returns its issues. Without it, such a
   * package must hold its data already.
   */
  generate?: (dir: string) => Promise<PackageIssue[]>;
  /**
   * Runs a Polygon package's generators and main solution for the tests it lacks (see
   * convertPolygonPackage); without it such a package is refused with what to do.
   */
  polygonRunner?: PolygonRunner;
}

export interface ImportResult {
  problem: ProblemRecord;
  /** false when the stored problem was already exactly this (same package, same fields): its version did not move */
  changed: boolean;
  /** warnings worth showing the author; errors never reach here (they refuse the import) */
  issues: PackageIssue[];
}

/**
 * Reads, validates and stores a problem package: the canonical zip under its content hash
 * (putPackage), and the problem (upsertProblem: version 1 when new, +1 when anything changed).
 * Refuses an unusable package with a CatalogImportError listing every error with file and reason.
 *
 * @example
 * const { problem, changed } = await importProblemPackage({
 *   store, languages: loadLanguages(), source: { dir: 'problems/two-sum-count' },
 * });
 */
export async function importProblemPackage(options: ImportOptions): Promise<ImportResult> {
  const { source } = options;
  if ('dir' in source) return importDir(options, resolve(source.dir), basename(resolve(source.dir)));
  let unpacked: ReturnType<typeof unpackArchive>;
  try {
    unpacked = unpackArchive(source.zip);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    const issue: PackageIssue = { severity: 'error', file: source.name ?? '(archive)', message: error.message };
    throw new CatalogImportError(`the archive cannot be imported: ${error.message}`, [issue]);
  }
  const zipName = source.name === undefined ? null : basename(source.name).replace(/\.zip$/i, '');
  const name = unpacked.folder ?? zipName;
  const scratch = await mkdtemp(join(tmpdir(), 'verdict-import-'));
  const dir = join(scratch, 'package');
  try {
    await writeFiles(dir, unpacked.files);
    return await importDir(options, dir, name);
  } catch (error) {
    throw error instanceof CatalogImportError ? withoutFolder(error, dir) : error;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function importDir(options: ImportOptions, dir: string, name: string | null): Promise<ImportResult> {
  if (await isPolygonPackage(dir)) return importPolygon(options, dir, name);
  const { store } = options;
  // generated test data is made (or checked) first: what readProblem finds depends on it
  const generated = options.generate ? await options.generate(dir) : await missingGeneratedData(dir);
  let read: Awaited<ReturnType<typeof readProblem>>;
  try {
    read = await readProblem(dir);
  } catch (error) {
    if (!(error instanceof PackageNotFoundError)) throw error;
    const issue: PackageIssue = { severity: 'error', file: '.', message: error.message };
    throw new CatalogImportError(`the package cannot be imported: ${error.message}`, [issue]);
  }
  const { problem } = read;
  const issues = [...generated, ...withoutVerdictKeyWarnings(read.issues)];
  const raw = await readProblemYaml(dir);
  const extras = readExtras(raw, issues);
  const slug = chooseSlug({ given: options.slug, yamlSlug: raw.slug, yamlId: raw.id, name }, issues);
  const { timeLimitMs } = problem.limits;
  if (timeLimitMs === null) {
    issues.push({
      severity: 'error',
      file: 'problem.yaml',
      message:
        'no time limit: set limits.time_limit, or run "verdict verify" on the folder to derive one (kept in .timelimit)',
    });
  }
  if (slug === null || timeLimitMs === null || issues.some((issue) => issue.severity === 'error')) {
    // never the folder: for an upload it is a server path
    const named = slug ?? name;
    throw refusal(
      named === null ? 'the package cannot be imported' : `the package ${named} cannot be imported`,
      issues,
    );
  }

  const assetUrl = (file: string) => statementAssetUrl(slug, file);
  const title = typeof raw.name === 'undefined' ? slug : problem.name;
  const statement = await showStatement(problem, { title, assetUrl, pandoc: options.pandoc }, issues);
  const render = (md: string) => renderStatement(md, { assetUrl });
  const kind: ProblemKind = problem.function ? 'function' : problem.interactive ? 'interactive' : 'stdio';
  const editorial = await readEditorial(dir);
  const meta: ProblemMeta = {
    statementHtml: statement.html,
    statementPdf: await findStatementPdf(dir),
    samples: await readSamples(problem, issues),
    hints: extras.hints,
    hintsHtml: extras.hints.map(render),
    source: extras.source,
    sourceUrl: extras.sourceUrl,
    license: extras.license,
    scoring: problem.type === 'scoring',
    maxScore: problem.type === 'scoring' ? maxScore(problem.data) : null,
    validation: validationOf(problem),
    validatorFlags: problem.validatorFlags,
    starter: problem.function
      ? functionStarters(problem.function, options.languages)
      : await starterTemplates(options.languages),
    editorial,
    editorialHtml: editorial === null ? null : render(editorial),
  };

  const packed = await packProblemDir(dir);
  const existing = await store.getProblem(slug);
  // the blob is stored before any problem names it, so a problem's hash always has its blob
  if (existing?.packageHash !== packed.hash) await store.putPackage(packed.hash, packed.bytes);
  const input: ProblemInput = {
    id: slug,
    title,
    difficulty: extras.difficulty,
    topics: extras.topics,
    statementMd: statement.source,
    published: options.publish ?? existing?.published ?? true,
    timeLimitMs,
    memoryMb: Math.ceil(problem.limits.memoryMb),
    kind,
    packageHash: packed.hash,
    meta: meta as unknown as Record<string, unknown>,
    authorId: options.authorId === undefined ? (existing?.authorId ?? null) : options.authorId,
  };
  const { problem: record, changed } = await store.upsertProblem(input);
  return { problem: record, changed, issues };
}

/** A Codeforces Polygon package (problem.xml): converted to the package format first, then imported as one. */
async function importPolygon(options: ImportOptions, dir: string, name: string | null): Promise<ImportResult> {
  const scratch = await mkdtemp(join(tmpdir(), 'verdict-polygon-'));
  const converted = join(scratch, 'package');
  try {
    const conversion = await convertPolygonPackage({
      packageDir: dir,
      outDir: converted,
      ...(options.polygonRunner ? { runner: options.polygonRunner } : {}),
    });
    if (!conversion.ok) {
      const what = name === null ? 'the Polygon package' : `the Polygon package ${name}`;
      throw refusal(`${what} cannot be converted`, conversion.issues);
    }
    const result = await importDir(options, converted, name);
    return { ...result, issues: [...conversion.issues, ...result.issues] };
  } catch (error) {
    throw error instanceof CatalogImportError ? withoutFolder(error, converted) : error;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The editorial (approach, proof, complexity) of a package: statement/editorial.en.md, or editorial.md. */
async function readEditorial(dir: string): Promise<string | null> {
  for (const folder of ['statement', 'problem_statement']) {
    for (const name of ['editorial.en.md', 'editorial.md']) {
      try {
        return await readFile(join(dir, folder, name), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
  return null;
}

/** The generated starter of a function problem in each loaded language that has a driver. */
function functionStarters(signature: FunctionSignature, languages: readonly Language[]): Record<string, string> {
  const starters: Record<string, string> = {};
  for (const language of languages) {
    // null for a language without a driver (FUNCTION_LANGUAGES lists those with one)
    const code = starterCode(signature, language.id);
    if (code !== null) starters[language.id] = code;
  }
  return starters;
}

/**
 * The same refusal with the unpack folder cut out of every message: an uploader learns about
 * their package's files, never the server's paths (a message may quote a system error).
 */
function withoutFolder(error: CatalogImportError, dir: string): CatalogImportError {
  const scrub = (text: string) => text.split(`${dir}/`).join('').split(dir).join('.');
  return new CatalogImportError(
    scrub(error.message),
    error.issues.map((issue) => ({ ...issue, file: scrub(issue.file), message: scrub(issue.message) })),
  );
}
