import { statementAssetType } from '@verdict/problems';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { mathPlugin } from './math.ts';

// KaTeX runs on the server, so a statement's HTML needs only KaTeX's stylesheet in the browser.
// Raw HTML is allowed in the Markdown (authors use <sup>, <br>, tables); the sanitiser decides.
const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false }).use(mathPlugin);

// KaTeX's MathML output, for screen readers (the visible math is its HTML spans).
const MATHML_TAGS = [
  'math',
  'semantics',
  'annotation',
  'mrow',
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'mspace',
  'msup',
  'msub',
  'msubsup',
  'munder',
  'mover',
  'munderover',
  'mfrac',
  'msqrt',
  'mroot',
  'mtable',
  'mtr',
  'mtd',
  'mstyle',
  'mpadded',
  'mphantom',
  'menclose',
  'mlabeledtr',
];
const MATHML_ATTRIBUTES = [
  'xmlns',
  'display',
  'encoding',
  'mathvariant',
  'stretchy',
  'fence',
  'separator',
  'lspace',
  'rspace',
  'width',
  'height',
  'depth',
  'columnalign',
  'rowspacing',
  'columnspacing',
  'rowlines',
  'columnlines',
  'scriptlevel',
  'displaystyle',
  'accent',
  'accentunder',
  'minsize',
  'maxsize',
  'linethickness',
  'notation',
  'movablelimits',
  'symmetric',
  'largeop',
  'form',
  'mathcolor',
  'mathbackground',
];

// Lengths, numbers and colours only: no url(), no expression(), nothing with a colon or quote.
const CSS_VALUE = /^(?!.*(?:url|expression|image)\s*\()[-+\w.#%(), ]+$/i;
const KATEX_STYLE_PROPERTIES = [
  'height',
  'width',
  'min-width',
  'max-width',
  'vertical-align',
  'top',
  'bottom',
  'left',
  'right',
  'position',
  'margin',
  'margin-left',
  'margin-right',
  'margin-top',
  'margin-bottom',
  'padding',
  'padding-left',
  'padding-right',
  'padding-top',
  'padding-bottom',
  'border',
  'border-width',
  'border-style',
  'border-color',
  'border-top-width',
  'border-bottom-width',
  'border-right-width',
  'border-left-width',
  'border-right-style',
  'border-bottom-style',
  'color',
  'background-color',
  'font-size',
  'display',
];

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'kbd', 'samp', 'var'],
    ...['em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'sub', 'sup', 'small', 'abbr'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'img', 'figure', 'figcaption', 'details', 'summary'],
    ...['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'colgroup', 'col'],
    ...['span', 'div', 'svg', 'path', 'line', 'g'],
    ...MATHML_TAGS,
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height', 'style'],
    ol: ['start'],
    th: ['style', 'colspan', 'rowspan'],
    td: ['style', 'colspan', 'rowspan'],
    code: ['class', 'title'],
    span: ['class', 'style', 'aria-hidden', 'title'],
    div: ['class'],
    svg: ['xmlns', 'width', 'height', 'viewbox', 'preserveaspectratio', 'style'],
    path: ['d'],
    line: ['x1', 'y1', 'x2', 'y2', 'stroke-width'],
    ...Object.fromEntries(MATHML_TAGS.map((tag) => [tag, MATHML_ATTRIBUTES])),
  },
  allowedClasses: {
    code: ['language-*', 'math-error'],
    div: ['math-block'],
  },
  allowedStyles: {
    th: { 'text-align': [/^(left|right|center)$/] },
    td: { 'text-align': [/^(left|right|center)$/] },
    span: Object.fromEntries(KATEX_STYLE_PROPERTIES.map((property) => [property, [CSS_VALUE]])),
    svg: Object.fromEntries(KATEX_STYLE_PROPERTIES.map((property) => [property, [CSS_VALUE]])),
    // a LaTeX figure's width=0.3\textwidth arrives from pandoc as width:30%
    img: { width: [/^\d{1,3}(?:\.\d+)?%$/] },
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  // images come from the package only (see imageTransform): a remote one would tell its owner
  // the address of every reader
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
};

const LINK_REL = 'nofollow noopener noreferrer';

/** Options of renderStatement. */
export interface RenderOptions {
  /** the URL of a statement image of the package by its file name; without it images are dropped */
  assetUrl?: (name: string) => string;
}

/**
 * A package image (`![](figure.png)`, beside the statement) is served by our API; a remote one
 * (`https://…`) becomes a plain link saying it was not loaded; anything else loses its source.
 */
function imageTransform(options: RenderOptions): sanitizeHtml.Transformer {
  return (_tag, attribs) => {
    const src = (attribs.src ?? '').trim();
    const alt = attribs.alt ?? '';
    if (/^(?:https?:)?\/\//i.test(src)) {
      return {
        tagName: 'a',
        attribs: { href: src, rel: LINK_REL, class: 'remote-image' },
        text: `${alt || 'image'} (remote image, not loaded)`,
      };
    }
    const name = src.replace(/^\.\//, '');
    const { src: _dropped, ...rest } = attribs;
    if (options.assetUrl && statementAssetType(name) !== null) {
      return { tagName: 'img', attribs: { ...rest, src: options.assetUrl(name) } };
    }
    return { tagName: 'img', attribs: rest };
  };
}

/**
 * A problem statement in Markdown as safe HTML: CommonMark with tables, `$...$` and `$$...$$`
 * math rendered by KaTeX, code blocks kept (`<pre><code class="language-cpp">`), then an
 * allow-list sanitiser: no scripts, event handlers, javascript: URLs or styles beyond KaTeX's
 * lengths and colours. The page needs KaTeX's CSS (katex/dist/katex.min.css). Images are the
 * package's own, through `options.assetUrl`; a remote image is shown as a link, never loaded.
 *
 * @example
 * renderStatement('Print $a + b$.') // '<p>Print <span class="katex">…</span>.</p>\n'
 */
export function renderStatement(md: string, options: RenderOptions = {}): string {
  return sanitizeStatementHtml(markdown.render(md), options);
}

/**
 * The allow-list every statement's HTML passes, whatever it was written in (Markdown here, LaTeX
 * through pandoc in latex.ts): the same tags, KaTeX's styles, package images, safe links.
 */
export function sanitizeStatementHtml(html: string, options: RenderOptions = {}): string {
  return sanitizeHtml(html, {
    ...SANITIZE_OPTIONS,
    allowedClasses: { ...SANITIZE_OPTIONS.allowedClasses, a: ['remote-image'] },
    transformTags: {
      // a statement is untrusted text: its links must not pass our page or rank the target
      a: sanitizeHtml.simpleTransform('a', { rel: LINK_REL }),
      img: imageTransform(options),
    },
  });
}

/** Where the API serves a statement image of a problem's package (GET /api/v1/problems/:id/assets/:name). */
export function statementAssetUrl(problemId: string, name: string): string {
  return `/api/v1/problems/${encodeURIComponent(problemId)}/assets/${encodeURIComponent(name)}`;
}
