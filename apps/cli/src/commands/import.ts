// `verdict import`: adds or updates one problem in the store the server uses.
//
// Data layout (shared with `verdict start` / apps/server; keep the paths in step):
//   <data>/        --data DIR, else $VERDICT_DATA_DIR, else ./data
//   <data>/db/     the embedded PGlite database: users, problems, package blobs, submissions
// With DATABASE_URL set, the store is that PostgreSQL database instead and <data> is not used.
// PGlite allows one process per database folder: import while the server is stopped, or upload
// the package through the running server.
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CatalogImportError, type ImportResult, importProblemPackage, type PackageSource } from '@verdict/catalog';
import { generateTestData, sandboxPolygonRunner } from '@verdict/judge';
import { detectLanguages, type Language, loadLanguages } from '@verdict/languages';
import type { PackageIssue } from '@verdict/problems';
import { createPgliteStore, createPostgresStore, type Store } from '@verdict/store';
import { EXIT_FAILED, EXIT_OK, openSandbox, UsageError } from '../cli-support.ts';

export const IMPORT_USAGE = `verdict import <package-dir-or-zip> [--data DIR] [--slug S] [--publish | --unpublished] [--json] [--insecure]

Adds a problem package (ICPC/Kattis layout, a folder or a .zip of one) to the catalog, or
updates the problem when it exists: the package is checked, stored by its content hash and the
problem's version goes up when anything changed. Importing the same package again changes nothing.
A Codeforces Polygon package (problem.xml, no problem.yaml) is converted first (docs/PACKAGES.md);
tests it lacks are made by running its generators and main solution in the sandbox.
  --data DIR      data folder; the database is DIR/db (default $VERDICT_DATA_DIR, else ./data)
  --slug S        the problem's id (default: problem.yaml slug or id, else the folder or zip name)
  --publish       publish it (a new problem is published; an existing one keeps its state)
  --unpublished   import it unpublished, or unpublish it
  --json          print {outcome, slug, version, title, published, hash, issues}
  --insecure      run generators (generators.yaml, a Polygon package's) without isolation
                  (a development machine only)
A package with generators/generators.yaml has its test data made first, in the sandbox
(cached by content hash, as verdict verify does); the stored package holds that data.
With DATABASE_URL set (postgres://...), the problem goes to that PostgreSQL database instead.
Exit code 1 when the package has errors (each is listed with its file).`;

const DEFAULT_DATA_DIR = './data';
const DB_FOLDER = 'db';

type Outcome = 'created' | 'updated' | 'unchanged';

export async function importCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      slug: { type: 'string' },
      publish: { type: 'boolean' },
      unpublished: { type: 'boolean' },
      json: { type: 'boolean' },
      insecure: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('give exactly one package folder or .zip file');
  if (values.publish && values.unpublished) throw new UsageError('--publish and --unpublished contradict each other');
  const source = await packageSource(positionals[0] as string);
  const languages = loadLanguages();
  const { store, where } = await openStore(values.data);
  // the sandbox opens only when a Polygon package lacks tests its generators make
  const polygonRunner = sandboxPolygonRunner({ sandbox: () => openSandbox(values.insecure ?? false), languages });
  let result: ImportResult;
  try {
    await store.migrate();
    result = await importProblemPackage({
      store,
      source,
      languages,
      generate: (dir) => generateInSandbox(dir, languages, values.insecure ?? false),
      polygonRunner,
      ...(values.slug !== undefined ? { slug: values.slug } : {}),
      ...(values.publish ? { publish: true } : values.unpublished ? { publish: false } : {}),
    });
  } catch (error) {
    if (!(error instanceof CatalogImportError)) throw error;
    process.stderr.write(`verdict import: ${error.message}\n`);
    if (values.json) process.stdout.write(`${JSON.stringify({ outcome: 'failed', issues: error.issues }, null, 2)}\n`);
    return EXIT_FAILED;
  } finally {
    await polygonRunner.dispose();
    await store.close();
  }
  const { problem, changed, issues } = result;
  const outcome: Outcome = !changed ? 'unchanged' : problem.version === 1 ? 'created' : 'updated';
  if (values.json) {
    const json = {
      outcome,
      slug: problem.id,
      version: problem.version,
      title: problem.title,
      published: problem.published,
      hash: problem.packageHash,
      issues,
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return EXIT_OK;
  }
  const lines = [
    `${outcome} ${problem.id}: "${problem.title}", version ${problem.version}, ${problem.published ? 'published' : 'unpublished'}`,
    `  package sha256 ${problem.packageHash}`,
    `  store   ${where}`,
    ...issues.map((issue) => `${issue.severity}: ${issue.file}: ${issue.message}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

/** Runs generators.yaml of a package (when it has one) in a sandbox opened only then. */
async function generateInSandbox(dir: string, languages: Language[], insecure: boolean): Promise<PackageIssue[]> {
  const needed = await stat(join(dir, 'generators', 'generators.yaml')).catch(() => undefined);
  if (needed === undefined) return [];
  const statuses = await detectLanguages(languages);
  const available = new Set(statuses.filter((status) => status.available).map((status) => status.id));
  const sandbox = await openSandbox(insecure);
  const report = await generateTestData({ sandbox, languages, available, problemDir: dir });
  return report.issues;
}

async function packageSource(path: string): Promise<PackageSource> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined)
    throw new UsageError(`${path} does not exist; give a problem package folder or a .zip of one`);
  if (info.isDirectory()) return { dir: path };
  if (!info.isFile()) throw new UsageError(`${path} is neither a folder nor a file`);
  return { zip: new Uint8Array(await readFile(path)), name: path };
}

export async function openStore(dataFlag: string | undefined): Promise<{ store: Store; where: string }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const store = await createPostgresStore({ url });
    return { store, where: 'PostgreSQL (DATABASE_URL)' };
  }
  const dataDir = dataFlag ?? (process.env.VERDICT_DATA_DIR || DEFAULT_DATA_DIR);
  const dbDir = resolve(join(dataDir, DB_FOLDER));
  return { store: await createPgliteStore({ dataDir: dbDir }), where: `PGlite at ${dbDir}` };
}
