import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { assertNever } from '@verdict/judge';
import {
  type PackageIssue,
  type Problem,
  STATEMENT_FOLDERS,
  type Statement,
  statementAssetType,
} from '@verdict/problems';
import { renderLatexStatement } from './latex.ts';
import { type RenderOptions, renderStatement } from './render.ts';

export interface StatementOptions extends RenderOptions {
  /** the problem's name: the heading of a LaTeX statement without \problemname */
  title: string;
  /** the pandoc command for LaTeX statements; default "pandoc" from PATH */
  pandoc?: string;
}

/** What a problem page shows: `source` is what is stored and searched, `html` what is shown. */
export interface ShownStatement {
  source: string;
  html: string;
}

/**
 * The statement Verdict shows: Markdown in English, else any Markdown, else LaTeX (English
 * first) converted by pandoc, else nothing. A LaTeX statement pandoc cannot convert (it is not
 * installed, or fails) is shown as its source, with a warning that says why.
 */
export async function showStatement(
  problem: Problem,
  options: StatementOptions,
  issues: PackageIssue[],
): Promise<ShownStatement> {
  const pick = (format: Statement['format']) =>
    problem.statements.find((entry) => entry.format === format && entry.language === 'en') ??
    problem.statements.find((entry) => entry.format === format);
  const markdown = pick('markdown');
  if (markdown) {
    await checkStatementImages(problem.dir, markdown.text, issues);
    return { source: markdown.text, html: renderStatement(markdown.text, options) };
  }
  const latex = pick('latex');
  if (!latex) return { source: '', html: renderStatement('', options) };
  const folder = join(problem.dir, dirname(latex.file));
  const files = await readdir(folder);
  const rendered = await renderLatexStatement(latex.text, { ...options, files });
  switch (rendered.kind) {
    case 'html':
      for (const image of rendered.missingImages) {
        issues.push({
          severity: 'warning',
          file: latex.file,
          message: /^(?:https?:)?\/\//i.test(image)
            ? `the image ${image} is remote: it is shown as a link, never loaded; put the file beside the statement`
            : `the image "${image}" is not shown: put a .png, .jpg, .gif or .webp of that name beside the statement`,
        });
      }
      return { source: latex.text, html: rendered.html };
    case 'pandoc_missing':
      issues.push({
        severity: 'warning',
        file: latex.file,
        message: `the LaTeX statement is shown as source: ${rendered.message}; install pandoc on the server (apt-get install pandoc) and import again, or add problem.en.md`,
      });
      return { source: latex.text, html: renderStatement(latexAsSource(latex), options) };
    case 'pandoc_failed':
      issues.push({
        severity: 'warning',
        file: latex.file,
        message: `the LaTeX statement is shown as source: ${rendered.message}; fix the statement, or add problem.en.md`,
      });
      return { source: latex.text, html: renderStatement(latexAsSource(latex), options) };
    default:
      return assertNever(rendered);
  }
}

/** LaTeX source as a Markdown code block under a note, for when it cannot be converted. */
function latexAsSource(latex: Statement): string {
  const longestRun = Math.max(2, ...[...latex.text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  return `> This statement is LaTeX source (${latex.file}); Verdict shows it as written.\n\n${fence}latex\n${latex.text.trimEnd()}\n${fence}\n`;
}

const PDF_STATEMENT = /^problem(?:\.([a-z]{2,3}(?:-[A-Za-z]+)?))?\.pdf$/;

/**
 * The PDF statement of a package, by file name, to link from the problem page: problem.en.pdf
 * (or problem.pdf, or any language) in statement/ or problem_statement/, else DOMjudge's
 * problem.pdf at the top. null when there is none.
 */
export async function findStatementPdf(dir: string): Promise<string | null> {
  for (const folder of [...STATEMENT_FOLDERS, '.']) {
    let names: string[];
    try {
      names = (await readdir(join(dir, folder))).filter((name) => PDF_STATEMENT.test(name)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    if (folder === '.') names = names.filter((name) => name === 'problem.pdf');
    const language = (name: string) => PDF_STATEMENT.exec(name)?.[1] ?? 'en';
    const chosen = names.find((name) => language(name) === 'en') ?? names[0];
    if (chosen !== undefined && (await stat(join(dir, folder, chosen))).isFile()) return chosen;
  }
  return null;
}

/** Warns about images the statement shows that are remote (shown as links) or not in the package. */
async function checkStatementImages(dir: string, md: string, issues: PackageIssue[]): Promise<void> {
  for (const match of md.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)) {
    const src = match[1] ?? '';
    if (/^(?:https?:)?\/\//i.test(src)) {
      issues.push({
        severity: 'warning',
        file: 'statement',
        message: `the image ${src} is remote: it is shown as a link, never loaded (it would tell its owner who reads the statement); put the file beside the statement`,
      });
      continue;
    }
    const name = src.replace(/^\.\//, '');
    const found = await Promise.all(
      STATEMENT_FOLDERS.map((folder) =>
        stat(join(dir, folder, name)).then(
          (info) => info.isFile(),
          () => false,
        ),
      ),
    );
    if (statementAssetType(name) === null || !found.includes(true)) {
      issues.push({
        severity: 'warning',
        file: 'statement',
        message: `the image "${src}" is not shown: put a .png, .jpg, .gif or .webp file of that name beside the statement`,
      });
    }
  }
}
