import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderStatement } from './render.ts';

/** The text a reader sees of KaTeX output: its TeX annotations, the rest stripped. */
function texOf(html: string): string[] {
  return [...html.matchAll(/<annotation encoding="application\/x-tex">([^<]*)<\/annotation>/g)].map((m) => m[1]!);
}

describe('renderStatement: math', () => {
  test('$...$ renders inline and $$...$$ as a display block, on the server', () => {
    const html = renderStatement('Print $a + b$.\n\n$$\n\\sum_{i=1}^{n} i^2\n$$\n');
    assert.match(html, /<p>Print <span class="katex">/);
    assert.match(html, /<div class="math-block"><span class="katex-display">/);
    assert.deepEqual(texOf(html), ['a + b', '\\sum_{i=1}^{n} i^2']);
    assert.match(html, /<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"/, 'MathML kept for screen readers');
    assert.match(html, /style="height:[0-9.]+em/, "KaTeX's layout styles survive the sanitiser");
  });

  test('a one-line $$ block, and $$...$$ inside a paragraph', () => {
    assert.match(renderStatement('$$ x^2 $$'), /^<div class="math-block">/);
    assert.match(renderStatement('so $$x^2$$ holds'), /<p>so <span class="katex-display">/);
  });

  test('prices, escaped dollars and code stay text', () => {
    const html = renderStatement('It costs $5 and $10. Then \\$x\\$ and `$y$`.\n\n```\n$z$\n```\n');
    assert.deepEqual(texOf(html), []);
    assert.match(html, /It costs \$5 and \$10\. Then \$x\$ and <code>\$y\$<\/code>/);
    assert.match(html, /<pre><code>\$z\$\n<\/code><\/pre>/);
    assert.deepEqual(texOf(renderStatement('$a$1 is not math, $b$ is')), ['b']);
  });

  test('broken TeX is shown as an error in place, not thrown', () => {
    const html = renderStatement('Broken: $\\frac{1}{$ and fine: $x$');
    assert.match(html, /class="katex-error"/);
    assert.deepEqual(texOf(html), ['x']);
  });

  test('\\href in math makes no link (KaTeX trust is off)', () => {
    const html = renderStatement('$\\href{javascript:alert(1)}{x}$');
    assert.doesNotMatch(html, /<a /);
    assert.doesNotMatch(html, /href=/);
  });
});

describe('renderStatement: sanitising', () => {
  test('<script> is removed with its content', () => {
    const html = renderStatement('Hello <script>alert(1)</script> world\n\n<script>\nalert(2)\n</script>\n');
    assert.doesNotMatch(html, /script/i);
    assert.doesNotMatch(html, /alert/);
    assert.match(html, /Hello {2}world/);
  });

  test('event handlers are stripped from allowed tags', () => {
    const html = renderStatement('<img src="x.png" onerror="alert(1)"> <b onclick="alert(2)">bold</b>', {
      assetUrl: (name) => `/assets/${name}`,
    });
    assert.doesNotMatch(html, /onerror|onclick|alert/);
    assert.match(html, /<img src="\/assets\/x.png" \/>/);
    assert.match(html, /<b>bold<\/b>/);
  });

  test('images come from the package; a remote one is a link that says it was not loaded', () => {
    const assetUrl = (name: string) => `/api/v1/problems/p/assets/${name}`;
    assert.equal(
      renderStatement('![a figure](figure.png) ![b](./b.jpg)', { assetUrl }).trim(),
      '<p><img alt="a figure" src="/api/v1/problems/p/assets/figure.png" /> <img alt="b" src="/api/v1/problems/p/assets/b.jpg" /></p>',
    );
    for (const md of [
      '![pixel](https://tracker.example/p.png)',
      '![pixel](HTTP://tracker.example/p.png)',
      '<img src="https://tracker.example/p.png">',
      '<img src="//tracker.example/p.png">',
    ]) {
      const html = renderStatement(md, { assetUrl });
      assert.doesNotMatch(html, /<img/, `${md} → ${html}`);
      assert.match(html, /<a [^>]*class="remote-image"[^>]*>[^<]*remote image, not loaded\)<\/a>/, `${md} → ${html}`);
    }
    // not an image of the package: no source at all (no data:, no paths out of the statement folder)
    for (const md of ['![x](data:image/png;base64,AAAA)', '![x](../secret.png)', '![x](/etc/x.png)', '![x](a.svg)']) {
      assert.doesNotMatch(renderStatement(md, { assetUrl }), /src=/, md);
    }
    assert.doesNotMatch(renderStatement('![x](figure.png)'), /src=/, 'without assetUrl an image has no source');
  });

  test('javascript: and data: URLs do not become links', () => {
    for (const md of [
      '[x](javascript:alert(1))',
      '<a href="javascript:alert(1)">x</a>',
      '<a href="JaVaScRiPt:alert(1)">x</a>',
      '<a href="data:text/html,<script>alert(1)</script>">x</a>',
      '<img src="javascript:alert(1)">',
    ]) {
      const html = renderStatement(md);
      assert.doesNotMatch(html, /href=|src=/, `${md} → ${html}`);
    }
  });

  test('ordinary links get rel="nofollow noopener noreferrer"', () => {
    assert.equal(
      renderStatement('See [the docs](https://example.com/a).'),
      '<p>See <a href="https://example.com/a" rel="nofollow noopener noreferrer">the docs</a>.</p>\n',
    );
  });

  test('styles beyond KaTeX lengths, iframes, forms and style tags are dropped', () => {
    const html = renderStatement(
      '<span style="background:url(https://evil.example/x)">a</span><div style="position:fixed">b</div>' +
        '<iframe src="https://evil.example"></iframe><form action="/x"><input></form><style>p{}</style>',
    );
    assert.equal(html, '<p><span>a</span></p><div>b</div><p></p>\n');
  });

  test("an image keeps a percentage width (a LaTeX figure's), nothing else of its style", () => {
    const assetUrl = (name: string) => `/a/${name}`;
    assert.equal(
      renderStatement('<img src="f.png" style="width:30.5%">', { assetUrl }),
      '<img style="width:30.5%" src="/a/f.png" />',
    );
    assert.equal(
      renderStatement('<img src="f.png" style="position:fixed;width:100%">', { assetUrl }),
      '<img style="width:100%" src="/a/f.png" />',
    );
    for (const style of ['width:100px', 'position:fixed', 'width:calc(100% + 1px)', 'width:1000%']) {
      assert.equal(renderStatement(`<img src="f.png" style="${style}">`, { assetUrl }), '<img src="/a/f.png" />');
    }
  });

  test('code blocks keep their language class; tables keep their alignment', () => {
    const html = renderStatement('```cpp\nint a < b;\n```\n\n| n | answer |\n|--:|:--|\n| 1 | 2 |\n');
    assert.match(html, /<pre><code class="language-cpp">int a &lt; b;\n<\/code><\/pre>/);
    assert.match(html, /<th style="text-align:right">n<\/th>/);
  });
});
