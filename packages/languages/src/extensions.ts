/** What extensions and default flags need of a language; Language satisfies it. */
export interface ExtensionOwner {
  id: string;
  extensions: string[];
  default: boolean;
  /** Patterns of the language's code, to tell it apart from another with the same extension. */
  sourcePatterns?: readonly string[];
}

/**
 * Returns a message when an extension claimed by several languages does not have exactly one
 * of them marked `"default": true`, else null. Case matters: ".C" (C++) is not ".c" (C).
 */
export function checkExtensionDefaults(languages: readonly ExtensionOwner[]): string | null {
  const owners = new Map<string, ExtensionOwner[]>();
  for (const language of languages) {
    for (const extension of language.extensions) {
      owners.set(extension, [...(owners.get(extension) ?? []), language]);
    }
  }
  for (const [extension, claimants] of owners) {
    if (claimants.length < 2) continue;
    const defaults = claimants.filter((language) => language.default);
    const ids = claimants.map((language) => language.id).join(', ');
    if (defaults.length === 0) {
      return `extension "${extension}" is claimed by ${ids}; set "default": true in the language.json of the one that should win`;
    }
    if (defaults.length > 1) {
      return `extension "${extension}" is claimed by ${ids}, and ${defaults.map((l) => l.id).join(' and ')} are all marked default; keep "default": true on one of them`;
    }
  }
  return null;
}

function bestMatches<T extends ExtensionOwner>(
  languages: readonly T[],
  fileName: string,
  normalize: (text: string) => string,
): T[] {
  const name = normalize(fileName);
  let best: T[] = [];
  let bestLength = 0;
  for (const language of languages) {
    for (const extension of language.extensions) {
      if (!name.endsWith(normalize(extension)) || name.length === extension.length) continue;
      if (extension.length > bestLength) {
        best = [language];
        bestLength = extension.length;
      } else if (extension.length === bestLength && !best.includes(language)) {
        best.push(language);
      }
    }
  }
  return best;
}

/** How many of a language's source patterns the content matches (each counts once). */
function patternScore(language: ExtensionOwner, content: string): number {
  return (language.sourcePatterns ?? []).filter((pattern) => new RegExp(pattern, 'm').test(content)).length;
}

function pick<T extends ExtensionOwner>(claimants: readonly T[], content: string | undefined): T | undefined {
  if (claimants.length > 1 && content !== undefined) {
    const scored = claimants.map((language) => ({ language, score: patternScore(language, content) }));
    const top = Math.max(...scored.map((entry) => entry.score));
    const leaders = scored.filter((entry) => entry.score === top).map((entry) => entry.language);
    if (top > 0 && leaders.length === 1) return leaders[0];
  }
  return claimants.find((language) => language.default) ?? claimants[0];
}

/** Whether telling the language of this file apart needs its content (a shared extension with source patterns). */
export function needsContent<T extends ExtensionOwner>(languages: readonly T[], fileName: string): boolean {
  const base = fileName.split('/').at(-1) ?? fileName;
  const exact = bestMatches(languages, base, (text) => text);
  const claimants = exact.length > 0 ? exact : bestMatches(languages, base, (text) => text.toLowerCase());
  return claimants.length > 1 && claimants.some((language) => (language.sourcePatterns ?? []).length > 0);
}

/**
 * Guesses the language of a file from its name: the longest matching extension wins, an exact
 * (case-sensitive) match before a case-insensitive one. Among languages sharing the extension,
 * the content decides when given and one language's `sourcePatterns` match it best (Prolog or
 * Perl for ".pl"), else the one marked default.
 *
 * @example
 * languageForFileName(languages, 'solution.cc')?.id // 'cpp20' when cpp20 is the default
 * languageForFileName(languages, 'sum.pl', ':- initialization(main).')?.id // 'prolog'
 */
export function languageForFileName<T extends ExtensionOwner>(
  languages: readonly T[],
  fileName: string,
  content?: string,
): T | undefined {
  const base = fileName.split('/').at(-1) ?? fileName;
  const exact = bestMatches(languages, base, (text) => text);
  return pick(exact.length > 0 ? exact : bestMatches(languages, base, (text) => text.toLowerCase()), content);
}
