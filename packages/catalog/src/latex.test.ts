import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { preprocessProblemtools, renderLatexStatement, resolveImage } from './latex.ts';
import { renderStatement } from './render.ts';

// the converter is a system package (./run install puts it there); without it the tests that
// need it say so instead of failing
const PANDOC = spawnSync('pandoc', ['--version']).status === 0;
const needsPandoc = { skip: PANDOC ? false : 'pandoc is not installed (apt-get install pandoc)' };

/** The TeX of every KaTeX rendering in the HTML, as the author wrote it. */
function texOf(html: string): string[] {
  return [...html.matchAll(/<annotation encoding="application\/x-tex">([^<]*)<\/annotation>/g)].map((match) =>
    match[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}

/** The HTML with each KaTeX rendering replaced by [tex], to read the structure around it. */
function structureOf(html: string): string {
  let out = html;
  for (;;) {
    const start = out.search(/<span class="katex(?:-display)?">/);
    if (start === -1) return out;
    let depth = 0;
    let at = start;
    const tag = /<(\/?)span\b[^>]*>/g;
    tag.lastIndex = start;
    for (let match = tag.exec(out); match !== null; match = tag.exec(out)) {
      depth += match[1] === '/' ? -1 : 1;
      if (depth === 0) {
        at = match.index + match[0].length;
        break;
      }
    }
    out = `${out.slice(0, start)}[${texOf(out.slice(start, at))[0]}]${out.slice(at)}`;
  }
}

// a statement as problemtools' authors write them (Kattis, DOMjudge, BAPC packages)
const STATEMENT = String.raw`\problemname{Square Crates}

\illustration{0.35}{crates}{Three crates of sides $a_1 = 1$ to $a_3 = 3$.}

A warehouse keeps $n$ square crates; crate $i$ covers $a_i^2$ square metres & more. In total
$$A = \sum_{i=1}^{n} a_i^2 < 2^{63}.$$

\newcommand{\N}{\mathbb{N}}
Every side is in $\N$.

\begin{tabular}{|l|r|}
\hline
Size & Area $a_i^2$ \\
\hline
Small & 1 \\
Large & 9 \\
\multicolumn{2}{|c|}{and any other} \\
\hline
\end{tabular}

\begin{verbatim}
if (a < b && total > 0) return "<b>";
\end{verbatim}

\begin{itemize}
  \item Use \texttt{long long}, \emph{not} \textbf{int}.
  \item See \href{https://icpc.io/problem-package-format/}{the format} and \url{https://example.com/a?b=1&c=2}.
\end{itemize}
\begin{enumerate}
  \item first
\end{enumerate}

\begin{Input}
One line with $n$ ($1 \le n \le 10^5$).
\end{Input}

\section*{Output}
Output $A$.
\nextsample
<script>alert(1)</script> \href{javascript:alert(2)}{click}
`;

describe('renderLatexStatement (pandoc)', () => {
  test(
    'a problemtools statement becomes the HTML of a Markdown one: headings, figure, table, code, lists, links',
    needsPandoc,
    async () => {
      const result = await renderLatexStatement(STATEMENT, {
        title: 'unused',
        files: ['crates.png', 'problem.en.tex'],
        assetUrl: (name) => `/api/v1/problems/crates/assets/${name}`,
      });
      assert.equal(result.kind, 'html');
      if (result.kind !== 'html') return;
      const html = structureOf(result.html);
      assert.match(html, /^<h1>Square Crates<\/h1>\n/, '\\problemname is the top heading, as "# Title" in Markdown');
      assert.match(
        html,
        /<h2>Input<\/h2>\n<p>One line with \[n\] \(\[1 \\le n \\le 10\^5\]\)\.<\/p>/,
        'the Input environment is a section',
      );
      assert.match(html, /<h2>Output<\/h2>\n<p>Output \[A\]\.<\/p>/);
      assert.match(
        html,
        /<figure>\n<img style="width:35(?:\.0)?%" alt="[^"]*" src="\/api\/v1\/problems\/crates\/assets\/crates\.png" \/>\n<figcaption>Three crates of sides \[a_1 = 1\] to \[a_3 = 3\]\.<\/figcaption>\n<\/figure>/,
        '\\illustration names the figure without its extension; it is served from the package',
      );
      assert.match(
        html,
        /<table>\n<thead>\n<tr>\n<th style="text-align:left">Size<\/th>\n<th style="text-align:right">Area \[a_i\^2\]<\/th>/,
      );
      assert.match(html, /<td colspan="2" style="text-align:center">and any other<\/td>/);
      assert.match(html, /<pre><code>if \(a &lt; b &amp;&amp; total &gt; 0\) return "&lt;b&gt;";<\/code><\/pre>/);
      assert.match(html, /<li><p>Use <code>long long<\/code>, <em>not<\/em> <strong>int<\/strong>\.<\/p><\/li>/);
      assert.match(
        html,
        /<a href="https:\/\/icpc\.io\/problem-package-format\/" rel="nofollow noopener noreferrer">the format<\/a>/,
      );
      assert.match(html, /<a href="https:\/\/example\.com\/a\?b=1&amp;c=2" rel="nofollow noopener noreferrer">/);
      assert.match(html, /<ol>\n<li><p>first<\/p><\/li>\n<\/ol>/);
      assert.deepEqual(result.missingImages, []);
    },
  );

  test('math survives as TeX for KaTeX, rendered on the server like Markdown math', needsPandoc, async () => {
    const result = await renderLatexStatement(STATEMENT, { title: 'unused', files: [] });
    assert.equal(result.kind, 'html');
    if (result.kind !== 'html') return;
    const tex = texOf(result.html);
    assert.ok(tex.includes('A = \\sum_{i=1}^{n} a_i^2 < 2^{63}.'), 'display math, with its < intact');
    assert.ok(tex.includes('\\mathbb{N}'), "the statement's \\newcommand is expanded");
    assert.match(result.html, /<span class="katex-display">/);
    assert.match(result.html, /<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"/);
    // the same TeX in Markdown renders to the same KaTeX HTML
    const markdown = renderStatement('$a_i^2$ and $$A = \\sum_{i=1}^{n} a_i^2 < 2^{63}.$$');
    const [inline, display] = markdown.replace(/^<p>|<\/p>\n$/g, '').split(' and ');
    assert.ok(result.html.includes(inline!), 'inline math as in Markdown');
    assert.ok(result.html.includes(display!), 'display math as in Markdown');
  });

  test(
    'nothing runs: scripts are text, javascript: links lose their target, \\input reads no server file',
    needsPandoc,
    async () => {
      const hostile = String.raw`\problemname{X}
\input{/etc/passwd}
\verbatiminput{/etc/hostname}
<script>alert(1)</script> \href{javascript:alert(2)}{click} $\href{javascript:alert(3)}{y}$
\begin{figure}\includegraphics{https://tracker.example.com/pixel.png}\end{figure}`;
      const result = await renderLatexStatement(hostile, { title: 'X', files: [], assetUrl: (name) => `/a/${name}` });
      assert.equal(result.kind, 'html');
      if (result.kind !== 'html') return;
      assert.doesNotMatch(result.html, /root:|<script|href="javascript:|src="[^"]*tracker\.example\.com/);
      assert.match(result.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      assert.deepEqual(result.missingImages, ['https://tracker.example.com/pixel.png']);
      assert.match(
        result.html,
        /<a href="https:\/\/tracker\.example\.com\/pixel\.png" [^>]*class="remote-image">image \(remote image, not loaded\)<\/a>/,
      );
    },
  );

  test(
    'without \\problemname the title comes from problem.yaml; an image not in the package is reported',
    needsPandoc,
    async () => {
      const result = await renderLatexStatement('\\section*{Input}\nText.\n\\illustration{.5}{missing.png}{Gone}', {
        title: 'Cost & Profit_1',
        files: [],
      });
      assert.equal(result.kind, 'html');
      if (result.kind !== 'html') return;
      assert.match(result.html, /^<h1>Cost &amp; Profit_1<\/h1>\n<h2>Input<\/h2>/);
      assert.deepEqual(result.missingImages, ['missing.png']);
      assert.doesNotMatch(result.html, /src=/);
    },
  );

  test('pandoc missing, or failing, is a value the caller shows, never an exception', async () => {
    const missing = await renderLatexStatement('x', { title: 'X', files: [], pandoc: '/nonexistent/pandoc' });
    assert.equal(missing.kind, 'pandoc_missing');
    const failing = await renderLatexStatement('x', { title: 'X', files: [], pandoc: 'false' });
    assert.deepEqual(failing, { kind: 'pandoc_failed', message: 'pandoc: it failed without saying why' });
  });
});

describe('preprocessProblemtools', () => {
  test('\\problemname, \\illustration with a caption holding braces, the Input/Output environments, sample macros', () => {
    const out = preprocessProblemtools(
      '\\problemname[Short]{Long {Name}}\n\\illustration{0.4}{fig}{A {braced} $\\{x\\}$ caption}\n\\begin{Output}\nO\n\\end{Output}\n\\nextsample\\remainingsamples',
      'T',
    );
    assert.equal(
      out,
      '\\chapter*{Long {Name}}\n\n\n\\begin{figure}\\includegraphics[width=0.4\\textwidth]{fig}\\caption{A {braced} $\\{x\\}$ caption}\\end{figure}\n\n\n\\section*{Output}\nO\n\n',
    );
  });

  test('an empty \\problemname takes the title; a full document gets it after \\begin{document}', () => {
    assert.equal(preprocessProblemtools('\\problemname{}\nx', 'A_B'), '\\chapter*{A\\_B}\nx');
    assert.equal(
      preprocessProblemtools('\\documentclass{article}\n\\begin{document}\nx\n\\end{document}', 'T'),
      '\\documentclass{article}\n\\begin{document}\\chapter*{T}\n\nx\n\\end{document}',
    );
  });

  test('a width that is not a fraction is left out; an incomplete macro is left to pandoc', () => {
    assert.match(preprocessProblemtools('\\illustration{\\linewidth}{f}{c}', 'T'), /\\includegraphics\{f\}/);
    assert.match(preprocessProblemtools('\\illustration{0.5}{f}', 'T'), /\\illustration\{0.5\}\{f\}$/);
  });
});

describe('resolveImage', () => {
  test('the name itself, else an image of that stem (LaTeX leaves the extension out or names the .pdf)', () => {
    const files = ['a.png', 'b.jpg', 'b.pdf', 'c.eps', 'c.webp', 'd.svg', 'problem.en.tex'];
    assert.equal(resolveImage('a.png', files), 'a.png');
    assert.equal(resolveImage('./a', files), 'a.png');
    assert.equal(resolveImage('b.pdf', files), 'b.jpg');
    assert.equal(resolveImage('c.eps', files), 'c.webp');
    assert.equal(resolveImage('d.svg', files), null, 'no SVG: it can carry script');
    assert.equal(resolveImage('../secret.png', files), null);
    assert.equal(resolveImage('problem.en.tex', files), null);
  });
});
