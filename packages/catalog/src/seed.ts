import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '@verdict/languages';
import type { PackageIssue } from '@verdict/problems';
import type { Store } from '@verdict/store';
import { CatalogImportError } from './errors.ts';
import { importProblemPackage } from './import.ts';

/** `<repo>/problems`: the built-in catalog, one package folder per problem. */
export const BUILTIN_PROBLEMS_DIR = fileURLToPath(new URL('../../../problems', import.meta.url));

export interface SeedEntry {
  /** the package folder */
  dir: string;
  outcome: 'created' | 'updated' | 'unchanged' | 'failed';
  /** null when the import failed */
  slug: string | null;
  version: number | null;
  /** warnings of an import, or the errors that refused it */
  issues: PackageIssue[];
  /** why it failed; null otherwise */
  error: string | null;
}

export interface SeedSummary {
  entries: SeedEntry[];
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface SeedOptions {
  store: Store;
  /** default BUILTIN_PROBLEMS_DIR */
  dir?: string;
  languages: readonly Language[];
}

/**
 * Imports every package folder under `dir` (sorted; hidden folders skipped). Running it again is
 * cheap and harmless: unchanged packages report 'unchanged' and keep their version; a problem an
 * admin unpublished stays unpublished. A broken package is reported in its entry and the others
 * still import. Throws only when `dir` cannot be read.
 *
 * @example
 * const summary = await seedBuiltinProblems({ store, languages: loadLanguages() });
 * for (const entry of summary.entries) if (entry.error) log.warn(entry.dir, entry.error);
 */
export async function seedBuiltinProblems(options: SeedOptions): Promise<SeedSummary> {
  const root = resolve(options.dir ?? BUILTIN_PROBLEMS_DIR);
  let folders: string[];
  try {
    const entries = await readdir(root, { withFileTypes: true });
    folders = entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw new Error(`cannot read the problems folder ${root}: ${(error as Error).message}`, { cause: error });
  }
  const summary: SeedSummary = { entries: [], created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const folder of folders) {
    const dir = join(root, folder);
    let entry: SeedEntry;
    try {
      const { problem, changed, issues } = await importProblemPackage({
        store: options.store,
        source: { dir },
        languages: options.languages,
      });
      const outcome = !changed ? 'unchanged' : problem.version === 1 ? 'created' : 'updated';
      entry = { dir, outcome, slug: problem.id, version: problem.version, issues, error: null };
    } catch (error) {
      if (!(error instanceof CatalogImportError)) throw error;
      entry = { dir, outcome: 'failed', slug: null, version: null, issues: error.issues, error: error.message };
    }
    summary[entry.outcome]++;
    summary.entries.push(entry);
  }
  return summary;
}
