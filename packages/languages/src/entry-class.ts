/**
 * Finds the class a JVM program starts from, so a submission keeps its own class name
 * (`public class Sum` in Sum.java) as on Kattis, DOMjudge and Codeforces. The patterns are the
 * language's data (`entryClass` in language.json); this is only the scanning: comments and
 * string literals are blanked, then the main method is looked up and the top-level type whose
 * braces hold it is its class.
 */
import type { LanguageSpec } from './schema.ts';

export type EntryClassSpec = NonNullable<LanguageSpec['entryClass']>;

/** The class to run and the class the source file must be named after. */
export interface EntryClass {
  mainClass: string;
  fileClass: string;
}

/** Replaces comments, string and character literals by spaces, keeping every offset. */
export function blankCommentsAndStrings(source: string): string {
  const out = source.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to && i < out.length; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  let i = 0;
  while (i < source.length) {
    const rest2 = source.slice(i, i + 2);
    if (rest2 === '//') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      blank(i, stop);
      i = stop;
    } else if (rest2 === '/*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (source.startsWith('"""', i)) {
      const end = source.indexOf('"""', i + 3);
      const stop = end === -1 ? source.length : end + 3;
      blank(i, stop);
      i = stop;
    } else if (source[i] === '"' || source[i] === "'") {
      const quote = source[i];
      let j = i + 1;
      while (j < source.length && source[j] !== quote && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1;
      blank(i, j + 1);
      i = j + 1;
    } else {
      i++;
    }
  }
  return out.join('');
}

/** Brace depth before each offset of an already blanked source. */
function depths(text: string): number[] {
  const result = new Array<number>(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    result[i] = depth;
    if (text[i] === '{') depth++;
    else if (text[i] === '}') depth = Math.max(0, depth - 1);
  }
  result[text.length] = depth;
  return result;
}

interface Declaration {
  name: string;
  isPublic: boolean;
  /** Offset just past the declaration's name. */
  end: number;
}

/**
 * Works out the entry class of a source from the language's patterns: the top-level type
 * holding the main method (`topLevel` when main is outside every type, e.g. Kotlin's
 * `fun main` in MainKt), and the first public top-level type as the file's name (else the
 * main class).
 *
 * @example
 * entryClassOf(java.entryClass, 'public class Sum { public static void main(String[] a) {} }')
 * // { mainClass: 'Sum', fileClass: 'Sum' }
 */
export function entryClassOf(spec: EntryClassSpec, source: string): EntryClass {
  const text = blankCommentsAndStrings(source);
  const depth = depths(text);
  const declarations: Declaration[] = [];
  for (const match of text.matchAll(new RegExp(spec.declaration, 'g'))) {
    const name = match[2];
    const at = match.index ?? 0;
    if (name === undefined || depth[at] !== 0) continue;
    declarations.push({ name, isPublic: /\bpublic\b/.test(match[1] ?? ''), end: at + match[0].length });
  }
  const publicClass = declarations.find((declaration) => declaration.isPublic)?.name;
  const main = new RegExp(spec.main).exec(text);
  let mainClass: string | undefined;
  if (main !== null && depth[main.index] !== 0) {
    // the brace that opened the top-level block holding main
    let open = main.index;
    while (open > 0 && !(text[open] === '{' && depth[open] === 0)) open--;
    const owner = declarations.filter((declaration) => declaration.end <= open).at(-1);
    if (owner !== undefined && !/[{}]/.test(text.slice(owner.end, open))) mainClass = owner.name;
  }
  if (main === null) mainClass = publicClass;
  const chosen = mainClass ?? spec.topLevel;
  return { mainClass: chosen, fileClass: publicClass ?? chosen };
}
