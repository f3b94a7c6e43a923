/** Importing problem packages into a real (in-memory) PGlite store, with the real fixtures. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadLanguages } from '@verdict/languages';
import { packFiles, packProblemDir, unpackArchive } from '@verdict/problems';
import { createPgliteStore, type Store } from '@verdict/store';
import {
  BUILTIN_PROBLEMS_DIR,
  CatalogImportError,
  type ImportOptions,
  importProblemPackage,
  type ProblemMeta,
  SAMPLE_MAX_BYTES,
  seedBuiltinProblems,
  templateFile,
} from './index.ts';

const FIXTURES = fileURLToPath(new URL('../../../problems-fixtures', import.meta.url));
const languages = loadLanguages();
const scratch = await mkdtemp(join(tmpdir(), 'verdict-catalog-'));
after(() => rm(scratch, { recursive: true, force: true }));
let counter = 0;

/** Runs one test on a fresh, migrated in-memory store. */
function withStore(run: (store: Store) => Promise<void>): () => Promise<void> {
  return async () => {
    const store = await createPgliteStore();
    try {
      await store.migrate();
      await run(store);
    } finally {
      await store.close();
    }
  };
}

function importInto(store: Store, source: ImportOptions['source'], extra: Partial<ImportOptions> = {}) {
  return importProblemPackage({ store, source, languages, ...extra });
}

/** A copy of a fixture under a folder called `name`, free to modify. */
async function copyFixture(fixture: string, name: string): Promise<string> {
  const dir = join(scratch, `copy-${counter++}`, name);
  await cp(join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

/** A package folder from a map of files. */
async function writePackage(files: Record<string, string>, name = `pkg-${counter++}`): Promise<string> {
  const dir = join(scratch, `written-${counter++}`, name);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

const MINIMAL: Record<string, string> = {
  'problem.yaml': 'name: Minimal\nlimits:\n  time_limit: 1\n',
  'statement/problem.en.md': '# Minimal\n\nPrint $a + b$.\n',
  'data/sample/1.in': '1 2\n',
  'data/sample/1.ans': '3\n',
  'data/secret/1.in': '2 2\n',
  'data/secret/1.ans': '4\n',
};

/** A folder's files (relative path → contents), as a zip packs them. */
async function filesOf(dir: string): Promise<Map<string, Uint8Array>> {
  return unpackArchive((await packProblemDir(dir)).bytes).files;
}

/** A zip of a folder's files, each under `prefix` ('name/' for a wrapping folder, '' for none). */
async function zipOf(dir: string, prefix: string): Promise<Uint8Array> {
  const files = await filesOf(dir);
  return packFiles(new Map([...files].map(([name, data]) => [`${prefix}${name}`, data]))).bytes;
}

function metaOf(record: { meta: Record<string, unknown> }): ProblemMeta {
  return record.meta as unknown as ProblemMeta;
}

describe('importProblemPackage from a folder', () => {
  test(
    'creates the problem at version 1 with its fields, meta and stored package',
    withStore(async (store) => {
      const { problem, changed, issues } = await importInto(store, { dir: join(FIXTURES, 'sum') });
      assert.equal(changed, true);
      assert.equal(problem.id, 'sum');
      assert.equal(problem.version, 1);
      assert.equal(problem.title, 'Sum of Two Integers');
      assert.equal(problem.kind, 'stdio');
      assert.equal(problem.difficulty, 'medium', 'the default difficulty');
      assert.deepEqual(problem.topics, []);
      assert.equal(problem.timeLimitMs, 2000, 'from .timelimit');
      assert.equal(problem.memoryMb, 256);
      assert.equal(problem.published, true);
      assert.equal(problem.authorId, null);
      assert.match(problem.statementMd, /^# Sum of Two Integers/);
      assert.ok(issues.every((issue) => issue.severity === 'warning'));

      const meta = metaOf(problem);
      assert.match(meta.statementHtml, /<h1>Sum of Two Integers<\/h1>/);
      assert.match(meta.statementHtml, /class="katex"/);
      assert.deepEqual(
        meta.samples.map(({ name, input, output, truncated }) => ({ name, input, output, truncated })),
        [
          { name: '1', input: '3 4\n', output: '7\n', truncated: false },
          { name: '2', input: '-1000000000000 1\n', output: '-999999999999\n', truncated: false },
        ],
      );
      assert.equal(meta.scoring, false);
      assert.equal(meta.maxScore, null);
      assert.equal(meta.validation, 'default');
      assert.deepEqual(meta.hints, []);
      const python = languages.find((language) => language.id === 'python3')!;
      assert.equal(meta.starter.python3, await readFile(templateFile(python), 'utf8'));
      assert.equal(Object.keys(meta.starter).length, languages.length, 'every language ships a template');

      const bytes = await store.getPackage(problem.packageHash);
      assert.ok(bytes, 'the package is stored under its hash');
      assert.equal(createHash('sha256').update(bytes).digest('hex'), problem.packageHash);
      const { files } = unpackArchive(bytes);
      assert.ok(files.has('problem.yaml') && files.has('data/secret/01-zero.in') && files.has('.timelimit'));
      assert.deepEqual(await store.getProblem('sum'), problem);
    }),
  );

  test(
    'importing the same package again changes nothing',
    withStore(async (store) => {
      const first = await importInto(store, { dir: join(FIXTURES, 'sum') });
      const again = await importInto(store, { dir: join(FIXTURES, 'sum') });
      assert.equal(again.changed, false);
      assert.equal(again.problem.version, 1);
      assert.deepEqual(again.problem, first.problem);
    }),
  );

  test(
    'a modified package is changed: version + 1 and a new hash; the old package stays fetchable',
    withStore(async (store) => {
      const dir = await copyFixture('sum', 'sum');
      const first = await importInto(store, { dir });
      await writeFile(join(dir, 'data/secret/01-zero.ans'), '1\n');
      const second = await importInto(store, { dir });
      assert.equal(second.changed, true);
      assert.equal(second.problem.version, 2);
      assert.notEqual(second.problem.packageHash, first.problem.packageHash);
      assert.ok(await store.getPackage(first.problem.packageHash), 'judging of older submissions may still need it');
      assert.ok(await store.getPackage(second.problem.packageHash));
      assert.deepEqual(second.problem.createdAt, first.problem.createdAt);
    }),
  );

  test(
    'problem.yaml: slug, difficulty, topics and hints are read, without unknown-key warnings',
    withStore(async (store) => {
      const { problem, issues } = await importInto(store, { dir: join(BUILTIN_PROBLEMS_DIR, 'pair-sum-count') });
      assert.equal(problem.id, 'pair-sum-count');
      assert.equal(problem.title, 'Pairs That Add Up', 'the 2023-07 name map, in English');
      assert.equal(problem.difficulty, 'easy');
      assert.deepEqual(problem.topics, ['arrays', 'hashing', 'counting']);
      assert.equal(problem.timeLimitMs, 1000, 'limits.time_limit');
      const meta = metaOf(problem);
      assert.equal(meta.hints.length, 3);
      assert.match(meta.hintsHtml[0]!, /class="katex"/);
      assert.equal(meta.source, 'Verdict built-in problems');
      assert.equal(meta.license, 'cc by-sa');
      assert.deepEqual(issues, []);
    }),
  );

  test(
    'the slug: the given one wins, then problem.yaml, then the folder; lower-cased; a bad one is refused',
    withStore(async (store) => {
      const folder = await writePackage(MINIMAL, 'Mixed-Case');
      assert.equal((await importInto(store, { dir: folder })).problem.id, 'mixed-case');
      assert.equal((await importInto(store, { dir: folder }, { slug: 'Chosen' })).problem.id, 'chosen');
      const named = await writePackage({ ...MINIMAL, 'problem.yaml': `${MINIMAL['problem.yaml']}slug: from-yaml\n` });
      assert.equal((await importInto(store, { dir: named })).problem.id, 'from-yaml');
      const bad = await writePackage(MINIMAL, 'under_score');
      await assert.rejects(importInto(store, { dir: bad }), (error: unknown) => {
        assert.ok(error instanceof CatalogImportError);
        assert.match(
          error.message,
          /the folder or zip name "under_score" is not a usable slug: use 1 to 64 lower-case/,
        );
        return true;
      });
    }),
  );

  test(
    'kinds and validation: interactive, custom checker, float tolerance, scoring with its maximum',
    withStore(async (store) => {
      const interactive = (await importInto(store, { dir: join(FIXTURES, 'interactive-guess') })).problem;
      assert.equal(interactive.kind, 'interactive');
      assert.equal(metaOf(interactive).validation, 'interactive');
      assert.deepEqual(metaOf(interactive).samples, [], "an interactive sample's .in is the interactor's secret");
      const checker = (await importInto(store, { dir: join(FIXTURES, 'custom-checker') })).problem;
      assert.equal(metaOf(checker).validation, 'custom');
      const float = (await importInto(store, { dir: join(FIXTURES, 'float-tolerance') })).problem;
      assert.deepEqual(metaOf(float).validatorFlags, ['float_tolerance', '1e-6']);
      const scoring = metaOf((await importInto(store, { dir: join(FIXTURES, 'scoring-groups') })).problem);
      assert.equal(scoring.scoring, true);
      assert.equal(scoring.maxScore, 100, '3 x 10 + 2 x 35; samples score nothing');
    }),
  );

  test(
    'publish and author: an unpublished problem stays so on re-import unless publish is given',
    withStore(async (store) => {
      const author = await store.createUser({ username: 'setter', email: 's@example.com', passwordHash: 'h' });
      const dir = await writePackage(MINIMAL, 'drafted');
      const draft = await importInto(store, { dir }, { publish: false, authorId: author.id });
      assert.equal(draft.problem.published, false);
      assert.equal(draft.problem.authorId, author.id);
      const again = await importInto(store, { dir });
      assert.equal(again.changed, false, 'no publish and no author given: both kept');
      const published = await importInto(store, { dir }, { publish: true });
      assert.equal(published.problem.published, true);
      assert.equal(published.problem.version, 2);
    }),
  );

  test(
    'a sample longer than 64 KiB is cut on the problem page, with a warning',
    withStore(async (store) => {
      const long = `${'7 '.repeat(40_000)}\n`;
      const dir = await writePackage({ ...MINIMAL, 'data/sample/2.in': long, 'data/sample/2.ans': '1\n' });
      const { problem, issues } = await importInto(store, { dir });
      const [short, cut] = metaOf(problem).samples;
      assert.equal(short?.truncated, false);
      assert.equal(cut?.truncated, true);
      assert.equal(cut?.input, long.slice(0, SAMPLE_MAX_BYTES));
      assert.equal(cut?.output, '1\n');
      assert.ok(issues.some((issue) => issue.file === 'data/sample/2' && /longer than 64 KiB/.test(issue.message)));
    }),
  );

  test(
    'a LaTeX statement without pandoc on the server is shown as source in a fenced block, with a warning',
    withStore(async (store) => {
      const files: Record<string, string> = {
        ...MINIMAL,
        'problem_statement/problem.en.tex': '\\problemname{X}\nPrint $a+b$. ```\n',
      };
      delete files['statement/problem.en.md'];
      const { problem, issues } = await importInto(
        store,
        { dir: await writePackage(files) },
        { pandoc: join(scratch, 'no-pandoc-here') },
      );
      assert.equal(problem.statementMd, files['problem_statement/problem.en.tex'], 'the LaTeX is stored and searched');
      const html = metaOf(problem).statementHtml;
      assert.match(html, /^<blockquote>\n<p>This statement is LaTeX source \(problem_statement\/problem.en.tex\)/);
      assert.match(html, /<pre><code class="language-latex">\\problemname\{X\}\nPrint \$a\+b\$\. ```\n<\/code><\/pre>/);
      const warning = issues.find((issue) => issue.file === 'problem_statement/problem.en.tex');
      assert.match(warning?.message ?? '', /shown as source: pandoc is not installed .*apt-get install pandoc/);
    }),
  );

  test(
    'a problemtools LaTeX statement (fixture latex-statement) is imported as HTML, its figure and PDF served from the package',
    { skip: spawnSync('pandoc', ['--version']).status === 0 ? false : 'pandoc is not installed' },
    withStore(async (store) => {
      const { problem, issues } = await importInto(store, { dir: join(FIXTURES, 'latex-statement') });
      assert.equal(problem.id, 'latex-statement');
      assert.deepEqual(
        issues.filter((issue) => issue.file.startsWith('problem_statement')),
        [],
        'no warning about the statement',
      );
      assert.match(problem.statementMd, /^\\problemname\{Square Crates\}/);
      const meta = metaOf(problem);
      const html = meta.statementHtml;
      assert.match(html, /^<h1>Square Crates<\/h1>/);
      assert.match(html, /<h2>Input<\/h2>[\s\S]*<h2>Output<\/h2>/);
      assert.match(html, /<img [^>]*src="\/api\/v1\/problems\/latex-statement\/assets\/crates\.png"/);
      assert.match(html, /<table>[\s\S]*<td style="text-align:right">9<\/td>/);
      assert.match(html, /<pre><code>total = 0\n/);
      assert.match(html, /<annotation encoding="application\/x-tex">A = \\sum_\{i=1\}\^\{n\} a_i\^2\.<\/annotation>/);
      assert.equal(meta.statementPdf, 'problem.en.pdf');
      assert.deepEqual(meta.samples, [{ name: '1', input: '3\n1 2 3\n', output: '14\n', truncated: false }]);
    }),
  );
});

describe('importProblemPackage refuses unusable packages', () => {
  test(
    'a broken package lists every error with its file, and nothing is stored',
    withStore(async (store) => {
      const dir = await writePackage({
        'problem.yaml': 'name: Broken\ntype: multi-pass\ndifficulty: impossible\ntopics: 7\nlimits:\n  time_limit: 1\n',
        'statement/problem.en.md': '# Broken\n',
        'data/sample/1.in': '1\n',
        'data/secret/1.in': '1\n',
        'data/secret/1.ans': '1\n',
      });
      await assert.rejects(importInto(store, { dir }), (error: unknown) => {
        assert.ok(error instanceof CatalogImportError);
        const found = error.issues.map((issue) => `${issue.file}: ${issue.message}`);
        for (const expected of [
          /^problem.yaml: type must be pass-fail or scoring in the legacy format, got "multi-pass"/,
          /^problem.yaml: difficulty must be one of easy, medium, hard, got "impossible"/,
          /^problem.yaml: topics must be a list of strings/,
          /^data\/sample\/1.in: has no answer file 1.ans/,
        ]) {
          assert.ok(
            found.some((line) => expected.test(line)),
            `${expected} among:\n${found.join('\n')}`,
          );
        }
        assert.ok(error.issues.every((issue) => issue.severity === 'error'));
        assert.match(
          error.message,
          /cannot be imported:\n {2}problem.yaml: type must be pass-fail or scoring in the legacy format, got "multi-pass"/,
        );
        return true;
      });
      assert.equal((await store.listProblems({})).total, 0);
    }),
  );

  test(
    'a package without a time limit is refused with what to do',
    withStore(async (store) => {
      const dir = await writePackage({ ...MINIMAL, 'problem.yaml': 'name: No limit\n' });
      await assert.rejects(importInto(store, { dir }), /no time limit: set limits.time_limit, or run "verdict verify"/);
    }),
  );

  test(
    'a package whose data generators.yaml makes, not made yet, is refused with what to do',
    withStore(async (store) => {
      const { 'data/secret/1.in': _in, 'data/secret/1.ans': _ans, ...rest } = MINIMAL;
      const dir = await writePackage({
        ...rest,
        'generators/generators.yaml': 'data:\n  secret:\n    data:\n      one: gen.py 1\n',
        'generators/gen.py': 'print(1)\n',
      });
      await assert.rejects(
        importInto(store, { dir }),
        /generators\/generators.yaml: the test data is made by generators.yaml and 1 case\(s\) are not in data\/ \(secret\/one\): import with "verdict import"/,
      );
    }),
  );

  test(
    'a folder that does not exist is a CatalogImportError',
    withStore(async (store) => {
      await assert.rejects(importInto(store, { dir: join(scratch, 'nowhere') }), CatalogImportError);
    }),
  );
});

describe('importProblemPackage from a zip', () => {
  test(
    'a zip of a folder takes the folder name as slug and gets the same hash as the folder',
    withStore(async (store) => {
      const fromDir = await importInto(store, { dir: join(FIXTURES, 'float-tolerance') });
      const zip = await zipOf(join(FIXTURES, 'float-tolerance'), 'fair-share/');
      const fromZip = await importInto(store, { zip, name: 'upload.zip' });
      assert.equal(fromZip.problem.id, 'fair-share', 'the wrapping folder names it, not the zip');
      assert.equal(fromZip.problem.packageHash, fromDir.problem.packageHash, 'the canonical zip of the same files');
      assert.deepEqual(metaOf(fromZip.problem).samples, metaOf(fromDir.problem).samples);
    }),
  );

  test(
    'a zip with the files at the top takes its file name as slug',
    withStore(async (store) => {
      const zip = await zipOf(await writePackage(MINIMAL), '');
      const { problem } = await importInto(store, { zip, name: '/uploads/My-Problem.ZIP' });
      assert.equal(problem.id, 'my-problem');
      assert.equal(problem.title, 'Minimal');
    }),
  );

  test(
    'a zip with a ../ path is refused, and nothing is written outside or stored',
    withStore(async (store) => {
      const files = await filesOf(await writePackage(MINIMAL));
      files.set('../escaped.txt', new TextEncoder().encode('boo'));
      const zip = packFiles(files).bytes;
      await assert.rejects(importInto(store, { zip, name: 'evil.zip' }), (error: unknown) => {
        assert.ok(error instanceof CatalogImportError);
        assert.match(error.message, /archive entry "\.\.\/escaped.txt" points outside the package/);
        assert.deepEqual(error.issues[0]?.file, 'evil.zip');
        return true;
      });
      assert.equal((await store.listProblems({})).total, 0);
    }),
  );

  test(
    'bytes that are not a zip are refused',
    withStore(async (store) => {
      await assert.rejects(
        importInto(store, { zip: new TextEncoder().encode('not a zip'), name: 'x.zip' }),
        /not a readable zip archive/,
      );
    }),
  );
});

describe('seedBuiltinProblems', () => {
  test(
    'imports every package of problems/; a second run reports them unchanged',
    withStore(async (store) => {
      const first = await seedBuiltinProblems({ store, languages });
      assert.ok(first.created >= 3, `created ${first.created}`);
      assert.equal(first.failed, 0, JSON.stringify(first.entries.filter((entry) => entry.error)));
      assert.ok(first.entries.some((entry) => entry.slug === 'digit-sum-multiples' && entry.outcome === 'created'));
      const second = await seedBuiltinProblems({ store, languages });
      assert.equal(second.unchanged, first.created);
      assert.ok(second.entries.every((entry) => entry.outcome === 'unchanged' && entry.version === 1));
      const { items } = await store.listProblems({ publishedOnly: true });
      assert.equal(items.length, first.created);
    }),
  );

  test(
    'a broken package is reported and the others still import',
    withStore(async (store) => {
      const root = join(scratch, `seed-${counter++}`);
      await cp(join(FIXTURES, 'sum'), join(root, 'sum'), { recursive: true });
      await mkdir(join(root, 'broken'), { recursive: true });
      await writeFile(join(root, 'broken', 'problem.yaml'), 'name: [unclosed\n');
      await mkdir(join(root, '.hidden'));
      const summary = await seedBuiltinProblems({ store, dir: root, languages });
      assert.deepEqual(
        summary.entries.map((entry) => [entry.slug, entry.outcome]),
        [
          [null, 'failed'],
          ['sum', 'created'],
        ],
      );
      const broken = summary.entries[0]!;
      assert.match(broken.error ?? '', /broken cannot be imported/);
      assert.ok(broken.issues.some((issue) => issue.file === 'problem.yaml' && /not valid YAML/.test(issue.message)));
      assert.deepEqual([summary.created, summary.failed], [1, 1]);
    }),
  );
});
