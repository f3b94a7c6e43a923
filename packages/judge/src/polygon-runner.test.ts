/**
 * A Polygon package end to end in the real sandbox: the fixture (built without its generated
 * test 5) is converted with the sandbox runner, which runs its generator and main solution;
 * the result reads as a scoring package and verifies (testlib checker and validator, every
 * solution tag).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Language, loadLanguages } from '@verdict/languages';
import { convertPolygonPackage, readProblem } from '@verdict/problems';
import type { Sandbox } from '@verdict/sandbox';
import { testSandbox } from '@verdict/sandbox/test-support';
import { sandboxPolygonRunner, verifyProblem } from './index.ts';

const FIXTURE = resolve(import.meta.dirname, '../../../problems-fixtures-polygon/list-sum');
let sandbox: Sandbox;
let languages: Language[];
let scratch: string;

before(async () => {
  ({ sandbox } = await testSandbox());
  languages = loadLanguages();
  scratch = await mkdtemp(join(tmpdir(), 'verdict-polygon-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('Polygon packages in the sandbox', () => {
  test('a generated test the package lacks is made by its generator, its answer by the main solution; the package verifies', async () => {
    const outDir = join(scratch, 'list-sum');
    const runner = sandboxPolygonRunner({ sandbox, languages });
    const conversion = await convertPolygonPackage({ packageDir: FIXTURE, outDir, runner }).finally(() =>
      runner.dispose(),
    );
    assert.equal(conversion.ok, true, JSON.stringify(conversion.issues));
    const input = readFileSync(join(outDir, 'data/secret/2/05.in'), 'utf8').trim().split(/\s+/).map(Number);
    assert.equal(input[0], 100_000);
    assert.equal(input.length, 100_001);
    const sum = input.slice(1).reduce((a, b) => a + b, 0);
    assert.equal(readFileSync(join(outDir, 'data/secret/2/05.ans'), 'utf8').trim(), String(sum));

    const { problem, issues } = await readProblem(outDir);
    assert.deepEqual(
      issues.filter((issue) => issue.severity === 'error'),
      [],
    );
    assert.equal(problem.type, 'scoring');
    const available = new Set(languages.map((language) => language.id));
    const report = await verifyProblem({ sandbox, languages, available, problemDir: outDir });
    const got = Object.fromEntries(report.results.map((result) => [result.path, [result.got, result.score]]));
    assert.deepEqual(got, {
      'submissions/accepted/main.cpp': ['accepted', 100],
      'submissions/accepted/sum.py': ['accepted', 100],
      'submissions/rejected/first-only.py': ['wrong_answer', 0],
      'submissions/run_time_error/recursive.py': ['run_time_error', 40],
      'submissions/time_limit_exceeded/pairs.cpp': ['time_limit_exceeded', 40],
      'submissions/wrong_answer/int32.cpp': ['wrong_answer', 40],
    });
    assert.equal(report.ok, true, JSON.stringify(report.results.filter((result) => !result.ok)));
    assert.ok(report.inputValidation.length === 5 && report.inputValidation.every((entry) => entry.ok));
  });

  test('a generator that fails is an error naming the test and its command; a main solution makes missing answers', async () => {
    const packageDir = join(scratch, 'failing');
    const files: Record<string, string> = {
      'problem.xml': `<problem short-name="failing"><judging><testset name="tests"><time-limit>1000</time-limit>
<tests><test method="generated" cmd="gen 3"/><test method="generated" cmd="gen fail"/></tests></testset></judging>
<files><executables><executable><source path="files/gen.py" type="python.3"/></executable></executables></files>
<assets><solutions><solution tag="main"><source path="solutions/double.py" type="python.3"/></solution></solutions></assets>
</problem>`,
      'files/gen.py': 'import sys\nif sys.argv[1] == "fail":\n    sys.exit("bad argument")\nprint(sys.argv[1])\n',
      'solutions/double.py': 'print(2 * int(input()))\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(packageDir, path)), { recursive: true });
      writeFileSync(join(packageDir, path), text);
    }
    const outDir = join(scratch, 'failing-out');
    const runner = sandboxPolygonRunner({ sandbox, languages });
    const { ok, issues } = await convertPolygonPackage({ packageDir, outDir, runner }).finally(() => runner.dispose());
    assert.equal(ok, false);
    assert.equal(readFileSync(join(outDir, 'data/secret/01.in'), 'utf8'), '3\n');
    assert.equal(readFileSync(join(outDir, 'data/secret/01.ans'), 'utf8'), '6\n');
    const errors = issues.filter((issue) => issue.severity === 'error');
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.file, 'tests/02');
    assert.match(errors[0]?.message ?? '', /^test 2: generator "gen fail" failed: .*exit code 1: bad argument/);
  });
});
