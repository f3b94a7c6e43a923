import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse } from 'yaml';
import { unpackArchive, writeFiles } from './archive.ts';
import { EXPORT_FORMATS, exportProblem, exportProblemZip } from './export.ts';
import { derivedUuid } from './export-yaml.ts';
import { readProblem } from './read.ts';
import type { GroupSettings, PackageProgram, Problem, TestGroup } from './types.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'problems-fixtures');
/** One of each feature: legacy and 2023-07/2025-09 sources, scoring groups, interactive, multi-pass, checkers, function problems. */
const ROUND_TRIP = [
  'sum',
  'scoring-groups',
  'interactive-guess',
  'new-format-2023',
  'multi-pass',
  'interactive-multi-pass',
  'submissions-yaml',
  'statement-figure',
  'multi-file',
  'multi-file-validator',
  'testlib-interactor',
  'fn-float',
  'fn-lru-cache',
];

async function hashOf(path: string): Promise<string> {
  if (path === '/dev/null') return 'none';
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex')
    .slice(0, 16);
}

async function programFiles(program: PackageProgram): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const file of program.files) files[file.name] = await hashOf(file.path);
  return files;
}

/** Settings as the judge applies them: the problem's validator flags before the group's own. */
function effective(problem: Problem, settings: GroupSettings): GroupSettings {
  return { ...settings, outputValidatorFlags: [...problem.validatorFlags, ...settings.outputValidatorFlags] };
}

async function groupView(problem: Problem, group: TestGroup): Promise<unknown> {
  return {
    name: group.name,
    settings: effective(problem, group.settings),
    cases: await Promise.all(
      group.cases.map(async (testCase) => ({
        name: testCase.name,
        sample: testCase.sample,
        input: await hashOf(testCase.inputFile),
        answer: await hashOf(testCase.answerFile),
      })),
    ),
    groups: await Promise.all(group.groups.map((child) => groupView(problem, child))),
  };
}

/**
 * The read model with what an export may change taken out (docs/PACKAGES.md, "Export"): the
 * folder, the format version, where the time limit came from, the folder names of statements
 * and validators, and problem.yaml's validator_flags moving into testdata.yaml in 2023-07.
 */
async function view(problem: Problem): Promise<unknown> {
  return {
    id: problem.id,
    name: problem.name,
    type: problem.type,
    interactive: problem.interactive,
    multiPass: problem.multiPass,
    customValidation: problem.customValidation,
    limits: { ...problem.limits, timeLimitSource: undefined },
    statements: problem.statements.map((statement) => ({ ...statement, file: statement.file.split('/').pop() })),
    data: await groupView(problem, problem.data),
    include: await Promise.all(
      [...problem.include].map(async ([language, files]) => [language, await programFiles({ path: language, files })]),
    ),
    inputValidators: await Promise.all(problem.inputValidators.map(programFiles)),
    outputValidator: problem.outputValidator && (await programFiles(problem.outputValidator)),
    submissions: await Promise.all(
      problem.submissions.map(async (submission) => ({
        ...submission,
        files: await programFiles({ path: submission.path, files: submission.files }),
      })),
    ),
    function: problem.function,
  };
}

describe('export', () => {
  const scratch = mkdtemp(join(tmpdir(), 'verdict-export-test-'));
  after(async () => rm(await scratch, { recursive: true, force: true }));

  for (const fixture of ROUND_TRIP) {
    for (const format of EXPORT_FORMATS) {
      test(`${fixture} → ${format} → read again: the same tests, validators, limits, statements and submissions`, async () => {
        const before = await readProblem(join(FIXTURES, fixture));
        const { bytes, notes } = await exportProblemZip(before.problem, { format });
        const unpacked = unpackArchive(bytes);
        assert.equal(unpacked.folder, null, 'files at the top of the zip, as DOMjudge reads them');
        const dir = join(await scratch, format, fixture);
        await writeFiles(dir, unpacked.files);
        const again = await readProblem(dir);
        assert.deepEqual(
          again.issues.filter((issue) => issue.severity === 'error'),
          [],
        );
        assert.equal(again.problem.formatVersion, format);
        assert.deepEqual(await view(again.problem), await view(before.problem), notes.join('; '));
        const yaml = parse(new TextDecoder().decode(unpacked.files.get('problem.yaml')));
        if (format === '2023-07') {
          assert.equal(yaml.problem_format_version, '2023-07');
          assert.equal(yaml.validation, undefined);
          assert.equal(yaml.validator_flags, undefined);
          assert.match(String(yaml.uuid), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        } else {
          assert.equal(yaml.problem_format_version, undefined);
          assert.equal(yaml.limits.time_limit, undefined, 'legacy keeps the time limit in .timelimit');
        }
      });
    }
  }

  test('the layout of each format: statement/, output_validator/ and limits.time_limit in 2023-07; problem_statement/, output_validators/<name>/ and .timelimit in legacy', async () => {
    const { problem } = await readProblem(join(FIXTURES, 'interactive-guess'));
    const modern = await exportProblem(problem, { format: '2023-07' });
    assert.ok(modern.files.has('statement/problem.en.md'));
    assert.ok(modern.files.has('output_validator/interactor.cpp'));
    assert.equal(parse(new TextDecoder().decode(modern.files.get('problem.yaml'))).type, 'pass-fail interactive');
    assert.equal(new TextDecoder().decode(modern.files.get('.timelimit')), `${problem.limits.timeLimitMs! / 1000}\n`);
    const { problem: fresh } = await readProblem(join(FIXTURES, 'new-format-2023'));
    const legacy = await exportProblem(fresh, { format: 'legacy' });
    assert.ok(legacy.files.has('problem_statement/problem.en.md'));
    assert.ok(legacy.files.has('output_validators/validator/check.py'));
    const yaml = parse(new TextDecoder().decode(legacy.files.get('problem.yaml')));
    assert.equal(yaml.validation, 'custom');
    assert.equal(yaml.name, 'Where Two Circles Meet');
    assert.equal(new TextDecoder().decode(legacy.files.get('.timelimit')), '1\n');
  });

  test('statement images and submissions.yaml travel with the package', async () => {
    const { problem } = await readProblem(join(FIXTURES, 'statement-figure'));
    const { files } = await exportProblem(problem, { format: 'legacy' });
    assert.deepEqual(
      files.get('problem_statement/figure.png'),
      new Uint8Array(await readFile(join(FIXTURES, 'statement-figure/statement/figure.png'))),
    );
    const { problem: rules } = await readProblem(join(FIXTURES, 'submissions-yaml'));
    const exported = await exportProblem(rules, { format: '2023-07' });
    assert.ok(exported.files.has('submissions/submissions.yaml'));
    assert.ok(exported.files.has('submissions/domjudge/int-overflow.c'), 'a folder that only a tag gives meaning');
  });

  test('what is left out is said in a note: unjudged data folders, submissions without expectation', async () => {
    const dir = join(await scratch, 'notes', 'sum');
    await cp(join(FIXTURES, 'sum'), dir, { recursive: true });
    await mkdir(join(dir, 'generators'));
    await writeFile(join(dir, 'generators', 'generators.yaml'), 'solution: /submissions/accepted/sum.py\n');
    await mkdir(join(dir, 'data', 'invalid_input'));
    await mkdir(join(dir, 'submissions', 'other'));
    await writeFile(join(dir, 'submissions', 'other', 'x.py'), 'print(0)\n');
    const { problem } = await readProblem(dir);
    const { files, notes } = await exportProblem(problem, { format: '2023-07' });
    assert.ok(files.has('generators/generators.yaml'), 'the generators travel as they are');
    assert.ok(
      notes.some((note) => note.startsWith('data/invalid_input/ is not exported')),
      notes.join('; '),
    );
    assert.ok(
      notes.some((note) => note.startsWith('1 submission(s) with no expectation')),
      notes.join('; '),
    );
    assert.ok(![...files.keys()].some((path) => path.startsWith('submissions/other/')));
  });

  test('the same package exports to the same bytes', async () => {
    const { problem } = await readProblem(join(FIXTURES, 'scoring-groups'));
    const first = await exportProblemZip(problem, { format: '2023-07' });
    const second = await exportProblemZip(problem, { format: '2023-07' });
    assert.equal(first.hash, second.hash);
    assert.equal(derivedUuid('sum'), derivedUuid('sum'));
    assert.notEqual(derivedUuid('sum'), derivedUuid('sum-derived'));
    assert.ok(relative(FIXTURES, problem.dir) === 'scoring-groups');
  });
});
