/**
 * The generated-data cache: a folder per content hash of everything generation depends on
 * (generators.yaml, every file under generators/, the solutions, the manual cases), holding
 * the files it made under their data/ paths. A hash folder appears whole (renamed into place)
 * or not at all, so a crash mid-way never leaves a half entry that would be taken as done.
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { GENERATORS_YAML, type GeneratorsPlan, isDirectory, listFiles, readProgram } from '@verdict/problems';

/** Bump when the way data is made changes, so old cache entries are not reused. */
const CACHE_FORMAT = 'verdict-generated-data 1';

/** Generated files: path under data/ (e.g. "secret/1.in") → text. */
export type GeneratedFiles = Map<string, string>;

async function readOptional(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') {
      return null;
    }
    throw error;
  }
}

/**
 * The content hash of a generation: the same inputs give the same data (generators must be
 * deterministic, says the spec), so the same hash may reuse it.
 */
export async function cacheKey(
  dir: string,
  plan: GeneratorsPlan,
  settings: { answersByRun: boolean; defaultSolution: string | null },
): Promise<string> {
  const hash = createHash('sha256');
  const add = (name: string, content: Buffer | string | null) => {
    hash.update(`${name}\0${content === null ? '-' : createHash('sha256').update(content).digest('hex')}\0`);
  };
  add('format', CACHE_FORMAT);
  add('settings', JSON.stringify(settings));
  add(GENERATORS_YAML, await readFile(join(dir, GENERATORS_YAML)));
  for (const file of await listFiles(join(dir, 'generators')))
    add(`generators/${file.name}`, await readFile(file.path));
  const solutions = new Set<string>();
  if (settings.defaultSolution) solutions.add(settings.defaultSolution);
  for (const testCase of plan.cases) {
    if (testCase.solution.kind === 'given') solutions.add(testCase.solution.path);
    // a manual case's .in only: the answer made for it is written beside it, and must not
    // change the hash of the next run
    if (testCase.source.kind !== 'manual') continue;
    const path = `data/${testCase.path}.in`;
    add(path, await readOptional(join(dir, path)));
  }
  for (const solution of [...solutions].sort()) {
    const program = await readProgram(dir, solution);
    for (const file of program.files) add(`${solution}:${file.name}`, await readOptional(file.path));
  }
  return hash.digest('hex');
}

function entryDir(cacheDir: string, hash: string): string {
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`not a content hash: ${hash}`);
  return join(cacheDir, hash);
}

/**
 * The cache folder may sit in a shared tmp dir: data planted there by another account (or a
 * symlink to elsewhere) must never be taken for ours.
 */
async function checkOwnCacheDir(cacheDir: string): Promise<boolean> {
  let info: Awaited<ReturnType<typeof lstat>>;
  try {
    info = await lstat(cacheDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const uid = process.getuid?.();
  if (!info.isDirectory() || (uid !== undefined && info.uid !== uid)) {
    throw new Error(
      `the generated-data cache ${cacheDir} is not a folder of this user; remove it or choose another cache folder`,
    );
  }
  return true;
}

/** The cached files of a hash, or null on a miss. */
export async function readCached(cacheDir: string, hash: string): Promise<GeneratedFiles | null> {
  if (!(await checkOwnCacheDir(cacheDir))) return null;
  const dir = entryDir(cacheDir, hash);
  if (!(await isDirectory(dir))) return null;
  const files: GeneratedFiles = new Map();
  for (const file of await listFiles(dir)) files.set(file.name, await readFile(file.path, 'utf8'));
  return files;
}

/** Stores a generation under its hash; another process storing the same hash first is fine. */
export async function storeCached(cacheDir: string, hash: string, files: GeneratedFiles): Promise<void> {
  await mkdir(cacheDir, { recursive: true, mode: 0o700 });
  await checkOwnCacheDir(cacheDir);
  const stage = join(cacheDir, `.stage-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    await writeTree(stage, files);
    await rename(stage, entryDir(cacheDir, hash));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

async function writeTree(root: string, files: GeneratedFiles, keepExisting = new Set<string>()): Promise<void> {
  const base = resolve(root);
  for (const [name, text] of files) {
    const path = resolve(base, name);
    if (keepExisting.has(name) && (await readOptional(path)) !== null) continue;
    // the planner refuses names with a slash or "..", so this never fires on a package's doing
    if (!path.startsWith(`${base}${sep}`)) throw new Error(`generated file ${name} is outside ${root}`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
}

/**
 * Writes generated files into the package's data/ folder, replacing what was there under those
 * names, except the files in `keepExisting` (a manual case's), which are written only when absent.
 */
export async function writeIntoData(dir: string, files: GeneratedFiles, keepExisting: Set<string>): Promise<void> {
  await writeTree(join(dir, 'data'), files, keepExisting);
}

/** Test cases in data/sample and data/secret that generators.yaml does not list. */
export async function unlistedCases(dir: string, plan: GeneratorsPlan): Promise<string[]> {
  const listed = new Set(plan.cases.map((testCase) => testCase.path));
  const unlisted: string[] = [];
  for (const group of ['sample', 'secret']) {
    const root = join(dir, 'data', group);
    if (!(await isDirectory(root))) continue;
    for (const file of await listFiles(root)) {
      if (!file.name.endsWith('.in')) continue;
      const path = `${group}/${file.name.slice(0, -'.in'.length)}`;
      if (!listed.has(path)) unlisted.push(path);
    }
  }
  return unlisted;
}

/** Lists the hash folders of a cache (for tests and for clearing it). */
export async function cachedHashes(cacheDir: string): Promise<string[]> {
  if (!(await isDirectory(cacheDir))) return [];
  return (await readdir(cacheDir)).filter((name) => /^[0-9a-f]{64}$/.test(name)).sort();
}
