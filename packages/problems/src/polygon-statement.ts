import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A Polygon statement as Markdown: the sections Polygon keeps (legend, input, output,
 * interaction, scoring, notes) in LaTeX, from statements/<language>/problem-properties.json
 * or statement-sections/<language>/<section>.tex. The conversion is deliberately small: math
 * ($...$, $$...$$) is kept as it is (the catalog renders it with KaTeX), the common text
 * commands become Markdown, anything else stays as written.
 */

/** Polygon's language names to the codes the package format uses in file names. */
const LANGUAGE_CODES: Record<string, string> = {
  english: 'en',
  russian: 'ru',
  ukrainian: 'uk',
  german: 'de',
  french: 'fr',
  spanish: 'es',
  portuguese: 'pt',
  italian: 'it',
  polish: 'pl',
  chinese: 'zh',
  japanese: 'ja',
  korean: 'ko',
  kazakh: 'kk',
  uzbek: 'uz',
  azerbaijani: 'az',
  armenian: 'hy',
  georgian: 'ka',
  romanian: 'ro',
  vietnamese: 'vi',
  turkish: 'tr',
  persian: 'fa',
  arabic: 'ar',
  hebrew: 'he',
  indonesian: 'id',
};

/** A Polygon language name (english) as a language code (en); an unknown name is lower-cased letters. */
export function languageCode(polygonLanguage: string): string {
  const name = polygonLanguage.toLowerCase();
  return LANGUAGE_CODES[name] ?? (name.replace(/[^a-z]/g, '').slice(0, 3) || 'en');
}

const SECTIONS = [
  { key: 'legend', file: 'legend.tex', title: null },
  { key: 'input', file: 'input.tex', title: 'Input' },
  { key: 'output', file: 'output.tex', title: 'Output' },
  { key: 'interaction', file: 'interaction.tex', title: 'Interaction' },
  { key: 'scoring', file: 'scoring.tex', title: 'Scoring' },
  { key: 'notes', file: 'notes.tex', title: 'Note' },
] as const;

/** Replaces `\command{argument}` (one brace level deep) with what `wrap` makes of the argument. */
function command(text: string, names: string[], wrap: (inner: string) => string): string {
  const pattern = new RegExp(`\\\\(?:${names.join('|')})\\s*\\{((?:[^{}]|\\{[^{}]*\\})*)\\}`, 'g');
  return text.replace(pattern, (_whole, inner: string) => wrap(inner));
}

function listBlock(body: string, ordered: boolean): string {
  const items = body
    .split(/\\item\b/)
    .slice(1)
    .map((item) => item.trim().replace(/\s*\n\s*/g, ' '));
  return `\n\n${items.map((item, index) => `${ordered ? `${index + 1}.` : '-'} ${item}`).join('\n')}\n\n`;
}

/** Converts one LaTeX section to Markdown, keeping math as written. */
export function texToMarkdown(tex: string): string {
  // math first, out of the way of every rewrite below
  const math: string[] = [];
  let text = tex.replace(/\$\$[\s\S]*?\$\$|\$(?:\\.|[^$\\])+\$|\\\[[\s\S]*?\\\]|\\\([\s\S]*?\\\)/g, (found) => {
    math.push(found.replace(/^\\\[|\\\]$/g, '$$$$').replace(/^\\\(|\\\)$/g, '$'));
    return `\uE000${math.length - 1}\uE000`;
  });
  text = text.replace(/(^|[^\\])%.*$/gm, '$1');
  text = text.replace(/\\begin\{itemize\}([\s\S]*?)\\end\{itemize\}/g, (_whole, body: string) =>
    listBlock(body, false),
  );
  text = text.replace(/\\begin\{enumerate\}([\s\S]*?)\\end\{enumerate\}/g, (_whole, body: string) =>
    listBlock(body, true),
  );
  text = text.replace(/\\begin\{(?:center|flushleft|flushright)\}|\\end\{(?:center|flushleft|flushright)\}/g, '');
  text = command(text, ['textbf', 'bf'], (inner) => `**${inner}**`);
  text = command(text, ['textit', 'emph', 'it'], (inner) => `*${inner}*`);
  text = command(text, ['texttt', 'tt', 't', 'code'], (inner) => `\`${inner}\``);
  text = command(text, ['underline', 'textsf', 'textrm', 'mbox'], (inner) => inner);
  text = command(text, ['section', 'subsection', 'subsection\\*', 'section\\*'], (inner) => `\n\n### ${inner}\n\n`);
  text = text.replace(/\\href\{([^}]*)\}\{([^}]*)\}/g, '[$2]($1)');
  text = command(text, ['url'], (inner) => `<${inner}>`);
  text = text
    .replace(/\\\\(\[[^\]]*\])?/g, '  \n')
    .replace(/<<|\\guillemotleft\b/g, '«')
    .replace(/>>|\\guillemotright\b/g, '»')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/~/g, '\u00a0')
    .replace(/\\([%$&#_{}])/g, '$1')
    .replace(/\\(?:ldots|dots)\b/g, '…')
    .replace(/\\(?:noindent|medskip|bigskip|smallskip|newline|par)\b\s*/g, '');
  text = text.replace(/\uE000(\d+)\uE000/g, (_whole, index: string) => math[Number(index)] ?? '');
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A statement's sections (LaTeX) from problem-properties.json, else from statement-sections/. */
async function statementSections(packageDir: string, language: string): Promise<Map<string, string>> {
  const sections = new Map<string, string>();
  const properties = await readText(join(packageDir, 'statements', language, 'problem-properties.json'));
  if (properties !== null) {
    try {
      const json = JSON.parse(properties) as Record<string, unknown>;
      for (const { key } of SECTIONS) {
        const value = json[key];
        if (typeof value === 'string' && value.trim()) sections.set(key, value);
      }
    } catch {
      // a broken properties file: the section files below say the same
    }
  }
  if (sections.size > 0) return sections;
  for (const { key, file } of SECTIONS) {
    const value = await readText(join(packageDir, 'statement-sections', language, file));
    if (value?.trim()) sections.set(key, value);
  }
  return sections;
}

/** The statement of one language as Markdown, or null when the package has no sections for it. */
export async function polygonStatementMarkdown(packageDir: string, language: string): Promise<string | null> {
  const sections = await statementSections(packageDir, language);
  if (sections.size === 0) return null;
  const parts: string[] = [];
  for (const { key, title } of SECTIONS) {
    const value = sections.get(key);
    if (value === undefined) continue;
    parts.push(title === null ? texToMarkdown(value) : `## ${title}\n\n${texToMarkdown(value)}`);
  }
  return `${parts.join('\n\n')}\n`;
}
