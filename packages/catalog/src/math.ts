import katex, { type KatexOptions } from 'katex';
import type MarkdownIt from 'markdown-it';
import type { StateBlock, StateInline } from 'markdown-it';

// trust: false keeps \href and \includegraphics from producing links or images; maxExpand bounds
// the work a hostile macro can cause. A TeX error renders as red source text instead of failing.
const KATEX_OPTIONS: KatexOptions = {
  throwOnError: false,
  trust: false,
  strict: 'ignore',
  output: 'htmlAndMathml',
  maxExpand: 1000,
  maxSize: 50,
};

const DOLLAR = 0x24;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** TeX as KaTeX HTML + MathML; a TeX error renders as red source, never throws. */
export function renderTex(tex: string, displayMode: boolean): string {
  try {
    return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode });
  } catch (error) {
    // only parse errors are rendered by KaTeX itself; anything else still must not break the page
    return `<code class="math-error" title="${escapeHtml(String(error))}">${escapeHtml(tex)}</code>`;
  }
}

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char);
}

/** The next `$` (or `$$`) at or after `from` that no backslash escapes; -1 when none before `max`. */
function nextDelimiter(src: string, from: number, max: number, delimiter: string): number {
  let at = src.indexOf(delimiter, from);
  while (at !== -1 && at < max) {
    let backslashes = 0;
    while (src[at - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return at;
    at = src.indexOf(delimiter, at + 1);
  }
  return -1;
}

/**
 * `$tex$` and `$$tex$$` inside a paragraph. Pandoc's rule keeps prices plain text: the opening `$`
 * has a non-space right after it, the closing one a non-space right before it and no digit right
 * after it; and, as in TeX, inline math ends at the very next unescaped `$`, so "$5 and $10"
 * stays text.
 */
function mathInline(state: StateInline, silent: boolean): boolean {
  const { src, pos, posMax } = state;
  if (src.charCodeAt(pos) !== DOLLAR) return false;
  const display = src.charCodeAt(pos + 1) === DOLLAR;
  const delimiter = display ? '$$' : '$';
  const start = pos + delimiter.length;
  if (start >= posMax || isSpace(src[start])) return false;
  const end = nextDelimiter(src, start, posMax, delimiter);
  // TeX math never holds a backtick: such a pair of dollars spans into a code span, so it is text
  if (end === -1 || end === start || src.slice(start, end).includes('`')) return false;
  if (!display && (isSpace(src[end - 1]) || /[0-9]/.test(src[end + 1] ?? ''))) return false;
  if (!silent) {
    const token = state.push(display ? 'math_inline_display' : 'math_inline', 'math', 0);
    token.markup = delimiter;
    token.content = src.slice(start, end);
  }
  state.pos = end + delimiter.length;
  return true;
}

/** A `$$` block: `$$ tex $$` on one line, or from a line starting with `$$` to one ending with it. */
function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const begin = state.bMarks[startLine]! + state.tShift[startLine]!;
  const first = state.src.slice(begin, state.eMarks[startLine]).trimEnd();
  if (!first.startsWith('$$')) return false;
  const lines: string[] = [];
  let last = startLine;
  if (first.length > 4 && first.endsWith('$$')) {
    lines.push(first.slice(2, -2));
  } else {
    if (first.slice(2).includes('$$')) return false; // `$$a$$ and text`: inline display math
    lines.push(first.slice(2));
    let closed = false;
    for (last = startLine + 1; last < endLine; last++) {
      const line = state.src.slice(state.bMarks[last]! + state.tShift[last]!, state.eMarks[last]).trimEnd();
      if (line.endsWith('$$')) {
        lines.push(line.slice(0, -2));
        closed = true;
        break;
      }
      lines.push(line);
    }
    if (!closed) return false;
  }
  if (silent) return true;
  state.line = last + 1;
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.markup = '$$';
  token.content = lines.join('\n').trim();
  token.map = [startLine, state.line];
  return true;
}

/** markdown-it plugin: `$...$`, `$$...$$` and `$$` blocks rendered to HTML by KaTeX on the server. */
export function mathPlugin(md: MarkdownIt): void {
  md.inline.ruler.after('escape', 'math_inline', mathInline);
  md.block.ruler.after('blockquote', 'math_block', mathBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
  md.renderer.rules.math_inline = (tokens, index) => renderTex(tokens[index]!.content, false);
  md.renderer.rules.math_inline_display = (tokens, index) => renderTex(tokens[index]!.content, true);
  md.renderer.rules.math_block = (tokens, index) =>
    `<div class="math-block">${renderTex(tokens[index]!.content, true)}</div>\n`;
}
