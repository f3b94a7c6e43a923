/**
 * Test data from generators/generators.yaml, made in the real sandbox: a failing generator is
 * reported for its own test case with its stderr, a second run is a cache hit that runs
 * nothing, and the fixture problems-fixtures/generated-data makes every form of case.
 */
import assert from 'node:assert/strict';
import { chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Language, loadLanguages, REPO_ROOT } from '@verdict/languages';
import type { Sandbox } from '@verdict/sandbox';
import { testSandbox } from '@verdict/sandbox/test-support';
import { generateTestData, verifyProblem } from './index.ts';

let sandbox: Sandbox;
let languages: Language[];
const scratch = mkdtempSync(join(tmpdir(), 'verdict-generate-test-'));
let counter = 0;

before(async () => {
  ({ sandbox } = await testSandbox());
  languages = loadLanguages();
});
after(() => rmSync(scratch, { recursive: true, force: true }));

function makePackage(files: Record<string, string>): string {
  const dir = join(scratch, `problem${counter++}`);
  const all: Record<string, string> = {
    'problem.yaml': 'name: Double\nlimits:\n  time_limit: 1\n',
    'problem_statement/problem.en.md': '# Double\n',
    'input_validators/ok.py': 'raise SystemExit(42)\n',
    'submissions/accepted/double.py': 'print(2 * int(input()))\n',
    'submissions/wrong_answer/same.py': 'print(int(input()))\n',
    'generators/number.py': 'import sys\nprint(int(sys.argv[1]) + int(sys.argv[2]) % 10)\n',
    ...files,
  };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const GENERATORS = `
data:
  sample:
    data:
      "1": {in: "4", ans: "8"}
  secret:
    data:
      - one: number.py 1 {seed}
      - two: number.py 2 {seed}
`;

describe('generated test data', () => {
  test('a generator that crashes on one case: that case is named, with its stderr; the others are made', async () => {
    const dir = makePackage({
      'generators/generators.yaml': `${GENERATORS}      - boom: crash.py 3\n      - three: number.py 3 {seed}\n`,
      'generators/crash.py': 'import sys\nprint("cannot make case", sys.argv[1], file=sys.stderr)\nsys.exit(3)\n',
    });
    const cacheDir = join(scratch, 'cache-crash');
    const report = await generateTestData({ sandbox, languages, problemDir: dir, cacheDir });
    assert.deepEqual(
      report.failures.map((failure) => failure.testCase),
      ['secret/3-boom'],
    );
    const message = report.failures[0]?.message ?? '';
    assert.match(message, /generator "crash\.py 3" failed \(runtime-error, exit code 3\)/);
    assert.match(message, /cannot make case 3/);
    assert.ok(
      report.issues.some((issue) => issue.severity === 'error' && issue.file === 'data/secret/3-boom'),
      JSON.stringify(report.issues),
    );
    // nothing of a failed generation is cached or written: the next run tries again
    assert.equal(report.cached, false);
    assert.equal(existsSync(cacheDir), false);
    assert.equal(existsSync(join(dir, 'data/secret/1-one.in')), false);

    const verify = await verifyProblem({
      sandbox,
      languages,
      available: new Set(['python3']),
      problemDir: dir,
      generatedDataCacheDir: cacheDir,
    });
    assert.equal(verify.ok, false);
    assert.deepEqual(verify.results, []);
    assert.ok(
      verify.issues.some((issue) => issue.file === 'data/secret/3-boom' && /cannot make case 3/.test(issue.message)),
    );
  });

  test('the second run is a cache hit: nothing runs, the same files come back', async () => {
    const dir = makePackage({
      'generators/generators.yaml': `${GENERATORS}      - own: own.py\n`,
      // newer BAPCtools generators write testcase.in and testcase.ans in their working folder
      'generators/own.py': 'open("testcase.in", "w").write("5\\n")\nopen("testcase.ans", "w").write("10\\n")\n',
    });
    const cacheDir = join(scratch, 'cache-hit');
    const first = await generateTestData({ sandbox, languages, problemDir: dir, cacheDir });
    assert.deepEqual(first.failures, []);
    assert.equal(first.cached, false);
    // three generator runs and two solution runs (the sample's answer is inline, own.py writes its own)
    assert.equal(first.runs, 5);
    assert.equal(readFileSync(join(dir, 'data/secret/3-own.in'), 'utf8'), '5\n');
    assert.equal(readFileSync(join(dir, 'data/secret/3-own.ans'), 'utf8'), '10\n');
    const input = readFileSync(join(dir, 'data/secret/1-one.in'), 'utf8');
    assert.equal(readFileSync(join(dir, 'data/secret/1-one.ans'), 'utf8'), `${2 * Number(input)}\n`);

    rmSync(join(dir, 'data'), { recursive: true });
    const second = await generateTestData({ sandbox, languages, problemDir: dir, cacheDir });
    assert.equal(second.cached, true);
    assert.equal(second.runs, 0);
    assert.equal(second.hash, first.hash);
    assert.equal(readFileSync(join(dir, 'data/secret/1-one.in'), 'utf8'), input);

    // a changed generator is another hash: made again
    writeFileSync(join(dir, 'generators/number.py'), 'import sys\nprint(int(sys.argv[1]))\n');
    const third = await generateTestData({ sandbox, languages, problemDir: dir, cacheDir });
    assert.equal(third.cached, false);
    assert.notEqual(third.hash, first.hash);
    assert.equal(readFileSync(join(dir, 'data/secret/1-one.in'), 'utf8'), '1\n');

    const verify = await verifyProblem({
      sandbox,
      languages,
      available: new Set(['python3']),
      problemDir: dir,
      generatedDataCacheDir: cacheDir,
    });
    assert.equal(verify.generation?.cached, true);
    assert.ok(verify.ok, JSON.stringify(verify.issues));
  });

  test('a cache folder of another account is never trusted', {
    skip: process.getuid?.() !== 0 && 'needs root to chown',
  }, async () => {
    const dir = makePackage({ 'generators/generators.yaml': GENERATORS });
    const cacheDir = join(scratch, 'cache-planted');
    mkdirSync(cacheDir);
    chownSync(cacheDir, 65534, 65534);
    await assert.rejects(
      generateTestData({ sandbox, languages, problemDir: dir, cacheDir }),
      /is not a folder of this user; remove it or choose another cache folder/,
    );
  });

  test('the fixture generated-data: seeds, {name}, copies, a manual case, nested groups', async () => {
    const dir = join(scratch, 'generated-data');
    cpSync(join(REPO_ROOT, 'problems-fixtures/generated-data'), dir, {
      recursive: true,
      filter: (source) => !/\/data\/(secret|sample\/[12]|sample\/3\.ans)/.test(source),
    });
    const cacheDir = join(scratch, 'cache-fixture');
    const report = await generateTestData({ sandbox, languages, problemDir: dir, cacheDir });
    assert.deepEqual(report.failures, []);
    assert.equal(report.cases, 10);
    const read = (path: string) => readFileSync(join(dir, 'data', path), 'utf8');
    // {seed} of "listgen 5 {seed}" with random_salt "verdict" is 1888413424 (as in BAPCtools)
    assert.equal(read('secret/1-small.in'), '5\n581176580 926110208 781176298 475669415 859245755\n');
    assert.equal(read('secret/1-small.ans'), '3623378256\n');
    assert.notEqual(read('secret/2-small.in'), read('secret/1-small.in'));
    assert.equal(read('secret/3-big.in').split('\n')[0], '1000');
    assert.equal(read('secret/4-edge.ans'), '0\n');
    // write_both.py {name} wrote both files; its stdout is ignored
    assert.equal(read('secret/5-self-answered.in'), '2\n1000000000 1000000000\n');
    assert.equal(read('secret/5-self-answered.ans'), '2000000000\n');
    assert.deepEqual(JSON.parse(read('secret/6-negative/testdata.yaml')), { input_validator_flags: 'allow_negative' });
    assert.equal(read('sample/2.ans'), '12\n');
    assert.equal(read('sample/3.ans'), '100\n');
    assert.equal(read('sample/1.ans'), '6\n');
    // the answer made for the manual case does not change the hash: the next run is a hit
    const again = await generateTestData({ sandbox, languages, problemDir: dir, cacheDir });
    assert.equal(again.cached, true);
    assert.equal(again.hash, report.hash);
  });
});
