/**
 * `verdict import` as a user runs it: a real process, a real PGlite database in a temporary data
 * folder, the real fixtures and built-in problems.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { packFiles, packProblemDir, unpackArchive } from '@verdict/problems';
import { createPgliteStore } from '@verdict/store';

const BIN = fileURLToPath(new URL('../bin/verdict.js', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'verdict-cli-import-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// the embedded store only: a DATABASE_URL in the caller's environment must not redirect the test
const { DATABASE_URL: _url, VERDICT_DATA_DIR: _data, ...ENV } = process.env;

function verdict(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000, env: ENV });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function json(run: { status: number | null; stdout: string; stderr: string }) {
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as { outcome: string; slug: string; version: number; published: boolean; hash: string };
}

describe('verdict import', () => {
  const data = join(scratch, 'data');

  test('a folder is created, then unchanged, then updated when it changes; the database is <data>/db', () => {
    const dir = join(scratch, 'sum');
    cpSync(join(REPO, 'problems-fixtures', 'sum'), dir, { recursive: true });
    const created = json(verdict('import', dir, '--data', data, '--json'));
    assert.deepEqual([created.outcome, created.slug, created.version, created.published], ['created', 'sum', 1, true]);
    assert.match(created.hash, /^[0-9a-f]{64}$/);
    assert.ok(existsSync(join(data, 'db', 'PG_VERSION')), 'PGlite keeps its database in <data>/db');

    const unchanged = json(verdict('import', dir, '--data', data, '--json'));
    assert.deepEqual([unchanged.outcome, unchanged.version, unchanged.hash], ['unchanged', 1, created.hash]);

    writeFileSync(join(dir, 'data', 'secret', '01-zero.ans'), '1\n');
    const updated = verdict('import', dir, '--data', data);
    assert.equal(updated.status, 0, updated.stderr);
    assert.match(
      updated.stdout,
      /^updated sum: "Sum of Two Integers", version 2, published\n {2}package sha256 [0-9a-f]{64}\n/,
    );
    assert.match(updated.stdout, /store {3}PGlite at .*\/data\/db/);
  });

  test('a zip is imported; --slug and --unpublished apply', async () => {
    const zip = join(scratch, 'upload.zip');
    writeFileSync(zip, (await packProblemDir(join(REPO, 'problems', 'domino-tilings'))).bytes);
    const run = json(verdict('import', zip, '--data', data, '--slug', 'Tilings', '--unpublished', '--json'));
    assert.deepEqual([run.outcome, run.slug, run.version, run.published], ['created', 'tilings', 1, false]);
  });

  test('a zip whose data is made by generators.yaml: the generators run and the stored package holds the data', async () => {
    // the fixture's sources only, as an author uploads them (the made data/ is left out)
    const source = (await packProblemDir(join(REPO, 'problems-fixtures', 'generated-data'))).bytes;
    const files = unpackArchive(source).files;
    for (const name of files.keys()) if (name.startsWith('data/') && name !== 'data/sample/3.in') files.delete(name);
    const zip = join(scratch, 'generated-data.zip');
    writeFileSync(zip, packFiles(files).bytes);
    const own = join(scratch, 'data-generated');
    const run = json(verdict('import', zip, '--data', own, '--json'));
    assert.deepEqual([run.outcome, run.slug], ['created', 'generated-data']);
    const store = await createPgliteStore({ dataDir: join(own, 'db') });
    try {
      const stored = await store.getPackage(run.hash);
      assert.ok(stored, 'the package is stored under its hash');
      const names = [...unpackArchive(stored).files.keys()];
      for (const made of ['data/secret/3-big.in', 'data/secret/3-big.ans', 'data/secret/6-negative/testdata.yaml']) {
        assert.ok(names.includes(made), `${made} in ${names.join(', ')}`);
      }
    } finally {
      await store.close();
    }
  });

  test('a Polygon package zip is converted: its missing generated test is made in the sandbox', async () => {
    const zip = join(scratch, 'list-sum-polygon.zip');
    writeFileSync(zip, (await packProblemDir(join(REPO, 'problems-fixtures-polygon', 'list-sum'))).bytes);
    const run = verdict('import', zip, '--data', data, '--json');
    const result = json(run) as ReturnType<typeof json> & { title: string; issues: { message: string }[] };
    assert.deepEqual([result.outcome, result.slug, result.title], ['created', 'list-sum', 'Sum of a List']);
    assert.ok(result.issues.some((issue) => /group 2 depends on 1/.test(issue.message)));
  });

  test('a broken package lists its errors and exits 1', () => {
    const dir = join(scratch, 'broken');
    cpSync(join(REPO, 'problems-fixtures', 'sum'), dir, { recursive: true });
    writeFileSync(join(dir, 'problem.yaml'), 'name: Broken\ntype: multi-pass\ndifficulty: impossible\n');
    const run = verdict('import', dir, '--data', data);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /^verdict import: the package broken cannot be imported:\n/);
    assert.match(
      run.stderr,
      /\n {2}problem.yaml: type must be pass-fail or scoring in the legacy format, got "multi-pass"/,
    );
    assert.match(run.stderr, /\n {2}problem.yaml: difficulty must be one of easy, medium, hard/);
  });

  test('bad arguments get a clear message and exit code 2', () => {
    const cases: [string[], RegExp][] = [
      [['import'], /give exactly one package folder or .zip file/],
      [['import', join(scratch, 'missing')], /does not exist; give a problem package folder or a .zip of one/],
      [['import', '.', '--publish', '--unpublished'], /--publish and --unpublished contradict each other/],
      [['import', '.', '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const run = verdict(...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, message);
    }
  });
});
