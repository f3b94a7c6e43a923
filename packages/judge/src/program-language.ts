import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Language, languageForFileName, needsContent, type SourceFile } from '@verdict/languages';

/** A file of a submission or validator on the host. */
export interface HostFile {
  /** Absolute host path. */
  path: string;
  /** Path relative to the program's folder (or the file name for a single file). */
  name: string;
}

export type LanguageChoice =
  | { ok: true; language: Language; entry: HostFile; files: HostFile[] }
  | { ok: false; reason: string };

function stem(name: string): string {
  const base = basename(name);
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).toLowerCase();
}

/** A file's text for telling languages apart; undefined when it cannot be read (a later step says why). */
function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Works out the language and entry file of a program from its file names: the language with
 * the most files wins (a header does not count), and the entry is the file named as the
 * language expects (Main.java, main.cpp), else one called main, else the first. An explicit
 * id overrides the guess. Files with an extension several languages share are told apart by
 * their content (`sourcePatterns`), and code the language will not run (`unsupportedSources`,
 * Python 2) is refused with the reason.
 */
export function chooseLanguage(
  languages: readonly Language[],
  files: readonly HostFile[],
  explicitId?: string,
): LanguageChoice {
  if (files.length === 0) return { ok: false, reason: 'no files' };
  let language: Language | undefined;
  if (explicitId !== undefined) {
    language = languages.find((candidate) => candidate.id === explicitId);
    if (!language) return { ok: false, reason: `unknown language "${explicitId}"` };
  } else {
    const counts = new Map<Language, number>();
    for (const file of files) {
      const content = needsContent(languages, file.name) ? readText(file.path) : undefined;
      const guess = languageForFileName(languages, file.name, content);
      if (guess) counts.set(guess, (counts.get(guess) ?? 0) + 1);
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    language = ranked[0]?.[0];
    if (!language) {
      const names = files.map((file) => file.name).join(', ');
      return { ok: false, reason: `no file with the extension of a known language (${names})` };
    }
  }
  const own = files.filter((file) => language.extensions.some((extension) => file.name.endsWith(extension)));
  const candidates = own.length > 0 ? own : files;
  const entry =
    candidates.find((file) => basename(file.name) === language.source) ??
    candidates.find((file) => stem(file.name) === 'main') ??
    // a Python program as a package folder starts at __main__.py (problem package format, "Programs")
    candidates.find((file) => basename(file.name) === '__main__.py') ??
    candidates[0];
  if (!entry) return { ok: false, reason: 'no entry file' };
  if (language.unsupportedSources.length > 0) {
    const content = readText(entry.path) ?? '';
    const refused = language.unsupportedSources.find(({ pattern }) => new RegExp(pattern, 'm').test(content));
    if (refused) return { ok: false, reason: refused.reason };
  }
  return { ok: true, language, entry, files: [...files] };
}

/** Reads a chosen program's files, the entry first, as compileProgram wants them. */
export async function readSources(
  choice: { entry: HostFile; files: HostFile[] },
  extra: readonly HostFile[] = [],
): Promise<SourceFile[]> {
  const others = choice.files.filter((file) => file !== choice.entry);
  const taken = new Set([choice.entry.name, ...others.map((file) => file.name)]);
  const sources: SourceFile[] = [{ name: choice.entry.name, content: await readFile(choice.entry.path) }];
  for (const file of [...others, ...extra.filter((file) => !taken.has(file.name))]) {
    sources.push({ name: file.name, content: await readFile(file.path) });
  }
  return sources;
}
