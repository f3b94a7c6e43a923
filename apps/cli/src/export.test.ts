/**
 * `verdict export` as a user runs it: a real process, real PGlite stores in temporary data
 * folders, the real fixtures; and `verdict verify` on an exported package, in the real sandbox
 * (run this file under `flock /tmp/verdict-sandbox.lock`).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unpackArchive, writeFiles } from '@verdict/problems';
import { createPgliteStore, type ProblemRecord } from '@verdict/store';

const BIN = fileURLToPath(new URL('../bin/verdict.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../../problems-fixtures/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'verdict-cli-export-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// the embedded store only: a DATABASE_URL in the caller's environment must not redirect the test
const { DATABASE_URL: _url, VERDICT_DATA_DIR: _data, ...ENV } = process.env;

function verdict(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 300_000,
    env: ENV,
    cwd: scratch,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function storedProblem(data: string, slug: string): Promise<ProblemRecord> {
  const store = await createPgliteStore({ dataDir: join(data, 'db') });
  try {
    const record = await store.getProblem(slug);
    assert.ok(record, `${slug} is in ${data}`);
    return record;
  } finally {
    await store.close();
  }
}

/**
 * What a catalog problem is, apart from the package bytes and the bookkeeping. In 2023-07 the
 * problem-wide validator_flags live in data/testdata.yaml (output_validator_flags), so the
 * catalog's copy of problem.yaml's flags is empty there (docs/PACKAGES.md, "Export").
 */
function catalogView(record: ProblemRecord, format: string) {
  const { packageHash: _hash, createdAt: _created, updatedAt: _updated, ...rest } = record;
  return format === '2023-07' ? { ...rest, meta: { ...rest.meta, validatorFlags: undefined } } : rest;
}

describe('verdict export', () => {
  for (const [fixture, format] of [
    ['scoring-groups', '2023-07'],
    ['statement-figure', 'legacy'],
    ['fn-float', '2023-07'],
  ] as const) {
    test(`import ${fixture} → export ${format} by id → import into a new store: the same catalog problem`, () => {
      const first = join(scratch, `first-${fixture}`);
      const second = join(scratch, `second-${fixture}`);
      const imported = verdict('import', join(FIXTURES, fixture), '--data', first);
      assert.equal(imported.status, 0, imported.stderr);
      const out = join(scratch, `${fixture}.zip`);
      const exported = verdict('export', fixture, '--data', first, '--format', format, '--out', out, '--json');
      assert.equal(exported.status, 0, exported.stderr);
      assert.equal(JSON.parse(exported.stdout).format, format);
      const again = verdict('import', out, '--data', second, '--json');
      assert.equal(again.status, 0, again.stderr);
      assert.equal(JSON.parse(again.stdout).slug, fixture, 'the zip name is the problem id, as DOMjudge reads it');
      return Promise.all([storedProblem(first, fixture), storedProblem(second, fixture)]).then(([before, after]) => {
        assert.deepEqual(catalogView(after, format), catalogView(before, format));
      });
    });
  }

  test('a folder exports to ./<id>.zip by default; a zip exports too; a bad format or an unknown id is a usage error', () => {
    const fromFolder = verdict('export', join(FIXTURES, 'sum'), '--format', 'legacy');
    assert.equal(fromFolder.status, 0, fromFolder.stderr);
    assert.match(fromFolder.stdout, /exported sum as legacy: .*sum\.zip \(\d+ files/);
    const files = unpackArchive(new Uint8Array(readFileSync(join(scratch, 'sum.zip')))).files;
    assert.ok(files.has('problem_statement/problem.en.md') && files.has('.timelimit'));
    const fromZip = verdict('export', join(scratch, 'sum.zip'), '--out', join(scratch, 'sum-2023.zip'), '--json');
    assert.equal(fromZip.status, 0, fromZip.stderr);
    assert.equal(verdict('export', 'sum', '--format', '2024-01').status, 2);
    const unknown = verdict('export', 'no-such-problem', '--data', join(scratch, 'empty'));
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /no problem "no-such-problem" in the catalog/);
  });

  test('verdict verify passes on an exported package (2023-07: output_validator/ from a legacy folder program)', async () => {
    const out = join(scratch, 'multi-file-validator.zip');
    const exported = verdict('export', join(FIXTURES, 'multi-file-validator'), '--out', out);
    assert.equal(exported.status, 0, exported.stderr);
    const dir = join(scratch, 'verify', 'multi-file-validator');
    await writeFiles(dir, unpackArchive(new Uint8Array(readFileSync(out))).files);
    const verified = verdict('verify', dir, '--json');
    assert.equal(verified.status, 0, `${verified.stdout}\n${verified.stderr}`);
    const report = JSON.parse(verified.stdout) as { ok: boolean; results: { ok: boolean }[] };
    assert.ok(report.ok);
    assert.equal(report.results.length, 3);
    assert.ok(report.results.every((result) => result.ok));
  });
});
