import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { SandboxMount } from '@verdict/sandbox';
import type { z } from 'zod';
import { checkExtensionDefaults } from './extensions.ts';
import { DEFAULT_LANGUAGES_DIR, REPO_ROOT } from './paths.ts';
import { type LanguageSpec, languageSchema } from './schema.ts';

/** A language.json is missing, unreadable or invalid. Names the file and the field. */
export class LanguageConfigError extends Error {
  override readonly name = 'LanguageConfigError';
  constructor(
    message: string,
    /** The file at fault, or the languages dir when the problem spans files. */
    readonly file: string,
  ) {
    super(message);
  }
}

/** A loaded language: the spec plus where it came from and its mounts resolved to host paths. */
export interface Language extends Omit<LanguageSpec, 'mounts'> {
  /** Absolute path of the language's folder. */
  dir: string;
  /** Absolute path of its language.json. */
  configFile: string;
  /** Mounts with absolute host paths; required ones may not exist (see detectLanguage). */
  mounts: (SandboxMount & { optional: boolean })[];
}

export interface LoadOptions {
  /** Folder holding one sub-folder per language; defaults to `<repo>/languages`. */
  dir?: string;
  /** Base of relative mount host paths; defaults to the repository root. */
  repoRoot?: string;
}

function describeIssues(issues: z.ZodError['issues']): string {
  return issues
    .map((issue) => {
      const field = issue.path.length === 0 ? '(top level)' : `"${issue.path.map(String).join('.')}"`;
      return `field ${field}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * Parses one language.json. Throws LanguageConfigError naming the file and every bad field.
 *
 * @example
 * parseLanguage('/repo/languages/c/language.json', text, { repoRoot: '/repo' })
 */
export function parseLanguage(configFile: string, text: string, options: { repoRoot?: string } = {}): Language {
  const shown = displayPath(configFile);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LanguageConfigError(`${shown}: not valid JSON: ${(error as Error).message}`, configFile);
  }
  const parsed = languageSchema.safeParse(json);
  if (!parsed.success) {
    throw new LanguageConfigError(`${shown}: ${describeIssues(parsed.error.issues)}`, configFile);
  }
  const spec = parsed.data;
  const dir = join(configFile, '..');
  const folder = dir.split('/').at(-1);
  if (folder !== spec.id) {
    throw new LanguageConfigError(
      `${shown}: field "id": is "${spec.id}" but the folder is "${folder}"; rename one so they match`,
      configFile,
    );
  }
  const repoRoot = options.repoRoot ?? REPO_ROOT;
  return {
    ...spec,
    dir,
    configFile,
    mounts: spec.mounts.map((mount) => {
      const host = isAbsolute(mount.host) ? mount.host : join(repoRoot, mount.host);
      return { host, sandbox: mount.sandbox ?? host, optional: mount.optional };
    }),
  };
}

function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') ? path : shown;
}

/**
 * Loads and validates every `<dir>/<id>/language.json`, sorted by id. Also checks what spans
 * files: an extension claimed by several languages needs exactly one of them marked default.
 * Throws LanguageConfigError on the first bad file.
 */
export function loadLanguages(options: LoadOptions = {}): Language[] {
  const dir = options.dir ?? DEFAULT_LANGUAGES_DIR;
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (error) {
    throw new LanguageConfigError(`cannot read the languages folder ${dir}: ${(error as Error).message}`, dir);
  }
  const languages: Language[] = [];
  for (const entry of entries) {
    const folder = join(dir, entry);
    if (!statSync(folder).isDirectory()) continue;
    const configFile = join(folder, 'language.json');
    let text: string;
    try {
      text = readFileSync(configFile, 'utf8');
    } catch {
      throw new LanguageConfigError(
        `${displayPath(folder)} has no language.json; add one or remove the folder`,
        configFile,
      );
    }
    const language = parseLanguage(configFile, text, { repoRoot: options.repoRoot });
    try {
      statSync(join(folder, language.selftest.file));
    } catch {
      throw new LanguageConfigError(
        `${displayPath(configFile)}: field "selftest.file": ${language.selftest.file} does not exist next to it`,
        configFile,
      );
    }
    languages.push(language);
  }
  const conflict = checkExtensionDefaults(languages);
  if (conflict !== null) throw new LanguageConfigError(conflict, dir);
  return languages;
}
