/** What extensions and default flags need of a language; Language satisfies it. */
export interface ExtensionOwner {
  id: string;
  extensions: string[];
  default: boolean;
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

function bestMatch<T extends ExtensionOwner>(
  languages: readonly T[],
  fileName: string,
  normalize: (text: string) => string,
): T | undefined {
  const name = normalize(fileName);
  let best: { language: T; length: number; default: boolean } | undefined;
  for (const language of languages) {
    for (const extension of language.extensions) {
      if (!name.endsWith(normalize(extension)) || name.length === extension.length) continue;
      const better =
        best === undefined ||
        extension.length > best.length ||
        (extension.length === best.length && language.default && !best.default);
      if (better) best = { language, length: extension.length, default: language.default };
    }
  }
  return best?.language;
}

/**
 * Guesses the language of a file from its name: the longest matching extension wins, an exact
 * (case-sensitive) match before a case-insensitive one, and among languages sharing the
 * extension the one marked default.
 *
 * @example
 * languageForFileName(languages, 'solution.cc')?.id // 'cpp20' when cpp20 is the default
 */
export function languageForFileName<T extends ExtensionOwner>(
  languages: readonly T[],
  fileName: string,
): T | undefined {
  const base = fileName.split('/').at(-1) ?? fileName;
  return bestMatch(languages, base, (text) => text) ?? bestMatch(languages, base, (text) => text.toLowerCase());
}
