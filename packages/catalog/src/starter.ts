import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Language } from '@verdict/languages';

/** `languages/<id>/template.<ext of source>`: the starter of a stdin/stdout problem in that language. */
export function templateFile(language: Language): string {
  return join(language.dir, `template${extname(language.source)}`);
}

const cache = new WeakMap<readonly Language[], Promise<Record<string, string>>>();

async function readTemplates(languages: readonly Language[]): Promise<Record<string, string>> {
  const starters: Record<string, string> = {};
  for (const language of languages) {
    try {
      starters[language.id] = await readFile(templateFile(language), 'utf8');
    } catch (error) {
      // a language without a template simply has no starter (STYLE.md 1: a language is data)
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return starters;
}

/**
 * The starter code of a stdin/stdout problem per language id, for the languages that ship a
 * template (read once per languages array).
 *
 * @example
 * const starters = await starterTemplates(loadLanguages());
 * starters.python3 // 'import sys\n...'
 */
export function starterTemplates(languages: readonly Language[]): Promise<Record<string, string>> {
  let starters = cache.get(languages);
  if (!starters) {
    starters = readTemplates(languages);
    cache.set(languages, starters);
    starters.catch(() => cache.delete(languages));
  }
  return starters;
}
