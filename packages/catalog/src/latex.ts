import { spawn } from 'node:child_process';
import { statementAssetType } from '@verdict/problems';
import { renderTex } from './math.ts';
import { type RenderOptions, sanitizeStatementHtml } from './render.ts';

/** A statement that takes pandoc longer than this is shown as source. */
export const PANDOC_TIMEOUT_MS = 20_000;
const PANDOC_MAX_OUTPUT_BYTES = 16 * 1024 * 1024;
// pandoc's heap: a hostile statement (deep macro recursion) ends in an error, not a swapping server
const PANDOC_HEAP = '512m';
const PANDOC_ERROR_MAX_CHARS = 500;

export interface LatexRenderOptions extends RenderOptions {
  /** the problem's name, the title when the statement has no (or an empty) \problemname */
  title: string;
  /** the files beside the statement: an \illustration or \includegraphics names one, often without extension */
  files: readonly string[];
  /** the pandoc command; default "pandoc" from PATH (pandoc 2.15 or later: it needs --sandbox) */
  pandoc?: string;
  timeoutMs?: number;
}

export type LatexRender =
  | { kind: 'html'; html: string; missingImages: string[] }
  | { kind: 'pandoc_missing'; message: string }
  | { kind: 'pandoc_failed'; message: string };

/**
 * A problemtools-style LaTeX statement (problem.en.tex) as the same sanitised HTML as a Markdown
 * statement: pandoc reads the LaTeX (with --sandbox: no \input of server files), its math comes
 * back as TeX and is rendered by KaTeX like `$...$` in Markdown, images are the package's own.
 * Never throws for a bad statement or a missing pandoc: the caller shows the source instead.
 *
 * @example
 * await renderLatexStatement('\\problemname{Sum}\nPrint $a+b$.', { title: 'Sum', files: [] })
 * // { kind: 'html', html: '<h1>Sum</h1>\n<p>Print <span class="katex">…</span>.</p>', missingImages: [] }
 */
export async function renderLatexStatement(tex: string, options: LatexRenderOptions): Promise<LatexRender> {
  const command = options.pandoc ?? 'pandoc';
  const ran = await runPandoc(command, preprocessProblemtools(tex, options.title), options.timeoutMs);
  if (ran.kind !== 'html') return ran;
  const missingImages: string[] = [];
  const withImages = ran.html.replace(/<img src="([^"]*)"/g, (_match, src: string) => {
    const name = resolveImage(decodeEntities(src), options.files);
    if (name === null) {
      missingImages.push(decodeEntities(src));
      // a remote image stays for the sanitiser, which makes it a link that is never loaded
      return /^(?:https?:)?\/\//i.test(decodeEntities(src)) ? `<img src="${src}"` : '<img';
    }
    return `<img src="${name}"`;
  });
  // pandoc --mathjax writes math as \(tex\) and \[tex\] in spans, with < > & escaped
  const withMath = withImages.replace(
    /<span class="math (inline|display)">\\[([]([\s\S]*?)\\[)\]]<\/span>/g,
    (_match, mode: string, body: string) => renderTex(decodeEntities(body), mode === 'display'),
  );
  return { kind: 'html', html: sanitizeStatementHtml(withMath, options), missingImages };
}

/**
 * problemtools' macros as LaTeX pandoc knows: \problemname{X} becomes the top heading (the
 * problem's title when X is empty or absent), \illustration{width}{file}{caption} a figure, the
 * Input/Output/Interaction environments sections. \nextsample and \remainingsamples go: the
 * page shows the samples itself.
 */
export function preprocessProblemtools(tex: string, title: string): string {
  let named = false;
  let text = replaceCommand(tex, 'problemname', 1, (args) => {
    named = true;
    const name = args[0]!.trim();
    return `\\chapter*{${name === '' ? escapeLatex(title) : name}}`;
  });
  if (!named) {
    const heading = `\\chapter*{${escapeLatex(title)}}\n`;
    const body = /\\begin\{document\}/.exec(text);
    text =
      body === null
        ? heading + text
        : text.slice(0, body.index + body[0].length) + heading + text.slice(body.index + body[0].length);
  }
  text = replaceCommand(text, 'illustration', 3, ([width, file, caption]) => {
    const fraction = /^\s*(0?\.\d+|1(?:\.0*)?)\s*$/.exec(width!)?.[1];
    const size = fraction === undefined ? '' : `[width=${fraction}\\textwidth]`;
    return `\n\n\\begin{figure}\\includegraphics${size}{${file!.trim()}}\\caption{${caption}}\\end{figure}\n\n`;
  });
  text = text
    .replace(/\\begin\{(Input|Output|Interaction)\}/g, '\\section*{$1}')
    .replace(/\\end\{(Input|Output|Interaction)\}/g, '');
  return text.replace(/\\(?:nextsample|remainingsamples)(?![A-Za-z])/g, '');
}

/** Replaces `\name[opt]{a}{b}...` (braces balanced, `\{` escaped) by what `build` makes of its arguments. */
function replaceCommand(tex: string, name: string, count: number, build: (args: string[]) => string): string {
  const pattern = new RegExp(`\\\\${name}(?![A-Za-z])`, 'g');
  let out = '';
  let last = 0;
  for (let match = pattern.exec(tex); match !== null; match = pattern.exec(tex)) {
    let at = match.index + match[0].length;
    const optional = /^\s*\[[^\]]*\]/.exec(tex.slice(at));
    if (optional) at += optional[0].length;
    const args: string[] = [];
    while (args.length < count) {
      const group = readGroup(tex, at);
      if (group === null) break;
      args.push(group.body);
      at = group.end;
    }
    if (args.length < count) continue; // not a use we understand: pandoc sees it as it is
    out += tex.slice(last, match.index) + build(args);
    last = at;
    pattern.lastIndex = at;
  }
  return out + tex.slice(last);
}

/** The `{...}` group at `from` (after spaces), its body and the index after its closing brace. */
function readGroup(tex: string, from: number): { body: string; end: number } | null {
  let at = from;
  while (at < tex.length && /\s/.test(tex[at]!)) at++;
  if (tex[at] !== '{') return null;
  let depth = 0;
  for (let index = at; index < tex.length; index++) {
    const char = tex[index];
    if (char === '\\') index++;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return { body: tex.slice(at + 1, index), end: index + 1 };
  }
  return null;
}

function escapeLatex(text: string): string {
  return text.replace(/[\\{}$&#^_%~]/g, (char) => (char === '\\' ? '\\textbackslash{}' : `\\${char}`));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number.parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? entity;
  });
}

const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp'];

/**
 * The file an image reference means: itself when it is a servable image beside the statement,
 * else the same name with an image extension (LaTeX authors leave it out, or name the .pdf or
 * .eps that pdflatex uses when a .png of it sits beside). null when there is none.
 */
export function resolveImage(reference: string, files: readonly string[]): string | null {
  const name = reference.trim().replace(/^\.\//, '');
  if (statementAssetType(name) !== null && files.includes(name)) return name;
  const stem = name.replace(/\.(?:pdf|eps|ps|svg)$/i, '');
  for (const extension of IMAGE_EXTENSIONS) {
    const candidate = `${stem}.${extension}`;
    if (statementAssetType(candidate) !== null && files.includes(candidate)) return candidate;
  }
  return null;
}

/** Runs pandoc on the statement: LaTeX in, HTML5 out, math left as TeX for KaTeX. */
function runPandoc(command: string, tex: string, timeoutMs = PANDOC_TIMEOUT_MS): Promise<LatexRender> {
  const args = [
    '+RTS',
    `-M${PANDOC_HEAP}`,
    '-RTS',
    '--sandbox',
    '--from=latex',
    '--to=html5',
    '--mathjax',
    '--wrap=none',
  ];
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    // our own timer, not spawn's: that one is left running when the command does not exist
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = '';
    let outputTooLong = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > PANDOC_MAX_OUTPUT_BYTES) {
        outputTooLong = true;
        child.kill('SIGKILL');
      } else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < PANDOC_ERROR_MAX_CHARS * 4) stderr += chunk.toString('utf8');
    });
    // pandoc may exit (a bad option) before reading all its input
    child.stdin.on('error', () => undefined);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(
        error.code === 'ENOENT'
          ? { kind: 'pandoc_missing', message: `pandoc is not installed (no "${command}" on the PATH)` }
          : { kind: 'pandoc_failed', message: `pandoc could not start: ${error.message}` },
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) {
        resolve({ kind: 'html', html: Buffer.concat(stdout).toString('utf8'), missingImages: [] });
        return;
      }
      const reason = outputTooLong
        ? `its HTML is longer than ${PANDOC_MAX_OUTPUT_BYTES / 1024 / 1024} MiB`
        : signal !== null
          ? `pandoc took longer than ${timeoutMs / 1000} s`
          : `pandoc: ${lastError(stderr)}`;
      resolve({ kind: 'pandoc_failed', message: reason });
    });
    child.stdin.end(tex);
  });
}

/** pandoc's error line, without its warnings about what it skipped. */
function lastError(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('[WARNING]'));
  return (lines.join(' ') || 'it failed without saying why').slice(0, PANDOC_ERROR_MAX_CHARS);
}
