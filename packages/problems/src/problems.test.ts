/** Reading and validating problem packages: every issue is found and named with its file. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { testdataFiles } from './export-yaml.ts';
import {
  allCases,
  deriveTimeLimitMs,
  type PackageIssue,
  readProblem,
  type TestGroup,
  writeTimeLimit,
} from './index.ts';

const scratch = mkdtempSync(join(tmpdir(), 'verdict-problems-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

function writePackage(files: Record<string, string>, name = `pkg${counter++}`): string {
  const dir = join(scratch, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const MINIMAL = {
  'problem.yaml': 'name: Minimal\n',
  '.timelimit': '1\n',
  'problem_statement/problem.en.md': '# Minimal\n',
  'data/sample/1.in': '1 2\n',
  'data/sample/1.ans': '3\n',
  'data/secret/1.in': '2 2\n',
  'data/secret/1.ans': '4\n',
  'input_validators/v.py': 'raise SystemExit(42)\n',
  'submissions/accepted/a.py': 'print(sum(map(int, input().split())))\n',
};

function withoutTimeLimit(): Record<string, string> {
  const { '.timelimit': _, ...rest } = MINIMAL;
  return rest;
}

function has(issues: PackageIssue[], severity: PackageIssue['severity'], file: string, message: RegExp): boolean {
  return issues.some((issue) => issue.severity === severity && issue.file === file && message.test(issue.message));
}

describe('legacy packages', () => {
  test('a minimal package reads without issues', async () => {
    const { problem, issues } = await readProblem(writePackage(MINIMAL, 'minimal-sum'));
    assert.deepEqual(issues, []);
    assert.equal(problem.id, 'minimal-sum');
    assert.equal(problem.name, 'Minimal');
    assert.equal(problem.type, 'pass-fail');
    assert.equal(problem.limits.timeLimitMs, 1000);
    assert.equal(problem.limits.timeLimitSource, 'timelimit-file');
    assert.equal(problem.limits.timeMultiplier, 5);
    assert.equal(problem.limits.memoryMb, 2048);
    assert.deepEqual(
      allCases(problem.data).map((testCase) => testCase.name),
      ['sample/1', 'secret/1'],
    );
    assert.equal(problem.statements[0]?.format, 'markdown');
    assert.equal(problem.submissions[0]?.expected, 'accepted');
  });

  test('validation, flags and limits from problem.yaml', async () => {
    const { problem, issues } = await readProblem(
      writePackage({
        ...MINIMAL,
        'problem.yaml':
          'name: Guess\nvalidation: custom interactive\nvalidator_flags: float_tolerance 1e-6\nlimits:\n  time_multiplier: 3\n  time_safety_margin: 1.5\n  memory: 128\n  output: 4\n',
        'output_validators/io/io.py': 'raise SystemExit(42)\n',
      }),
    );
    assert.deepEqual(issues, []);
    assert.equal(problem.customValidation, true);
    assert.equal(problem.interactive, true);
    assert.deepEqual(problem.validatorFlags, ['float_tolerance', '1e-6']);
    assert.equal(problem.limits.timeMultiplier, 3);
    assert.equal(problem.limits.timeSafetyMargin, 1.5);
    assert.equal(problem.limits.memoryMb, 128);
    assert.equal(problem.outputValidator?.path, 'output_validators/io');
  });

  test('testdata.yaml settings are inherited by subgroups and overridden', async () => {
    const { problem, issues } = await readProblem(
      writePackage({
        ...MINIMAL,
        'problem.yaml': 'name: Scored\ntype: scoring\n',
        'data/secret/testdata.yaml': 'on_reject: continue\ngrader_flags: min\n',
        'data/secret/g1/testdata.yaml': 'accept_score: 25\nrange: 0 50\n',
        'data/secret/g1/a.in': '1 1\n',
        'data/secret/g1/a.ans': '2\n',
        'data/secret/g2/a.in': '1 1\n',
        'data/secret/g2/a.ans': '2\n',
      }),
    );
    assert.deepEqual(issues, []);
    const secret = problem.data.groups.find((group) => group.name === 'secret');
    const g1 = secret?.groups.find((group) => group.name === 'secret/g1');
    const g2 = secret?.groups.find((group) => group.name === 'secret/g2');
    assert.equal(g1?.settings.onReject, 'continue');
    assert.equal(g1?.settings.aggregation, 'min');
    assert.equal(g1?.settings.acceptScore, 25);
    assert.deepEqual(g1?.settings.range, [0, 50]);
    assert.equal(g2?.settings.acceptScore, 1);
    const sample = problem.data.groups.find((group) => group.name === 'sample');
    assert.equal(sample?.settings.acceptScore, 0, 'samples score nothing in a scoring problem');
  });

  test('every problem is reported with its file and reason', async () => {
    const { issues } = await readProblem(
      writePackage({
        'problem.yaml': 'name: Broken\ntype: golf\nvalidation: custom\nlimits:\n  memory: -5\nflavour: mint\n',
        '.timelimit': 'soon\n',
        'data/sample/1.in': '1\n',
        'data/secret/1.in': '1\n',
        'data/secret/1.ans': '1\n',
        'data/secret/orphan.ans': '1\n',
        'data/secret/testdata.yaml': 'on_reject: maybe\naccept_score: lots\nrange: 10 1\n',
        'submissions/great/x.py': 'print(1)\n',
      }),
    );
    const expectations: [PackageIssue['severity'], string, RegExp][] = [
      ['error', 'problem.yaml', /type must be pass-fail or scoring/],
      ['error', 'problem.yaml', /custom validation needs an output validator/],
      ['error', 'problem.yaml', /limits.memory must be a positive number/],
      ['warning', 'problem.yaml', /unknown key "flavour"/],
      ['error', '.timelimit', /positive number of seconds/],
      ['error', 'data/sample/1.in', /has no answer file 1.ans/],
      ['warning', 'data/secret/orphan.ans', /has no orphan.in/],
      ['error', 'data/secret/testdata.yaml', /on_reject must be "break" or "continue"/],
      ['error', 'data/secret/testdata.yaml', /accept_score must be a number/],
      ['error', 'data/secret/testdata.yaml', /range must be/],
      ['warning', 'submissions/great', /not a verdict folder/],
      ['warning', 'submissions/accepted', /no accepted submission/],
      ['warning', 'input_validators', /no input validator/],
      ['warning', 'problem_statement', /no statement/],
    ];
    for (const [severity, file, message] of expectations) {
      assert.ok(
        has(issues, severity, file, message),
        `${severity} ${file} ${message}: got ${JSON.stringify(issues, null, 1)}`,
      );
    }
  });

  test('invalid YAML and missing data are errors, not crashes', async () => {
    const { issues } = await readProblem(writePackage({ 'problem.yaml': 'name: [unclosed\n' }));
    assert.ok(has(issues, 'error', 'problem.yaml', /not valid YAML/));
    assert.ok(has(issues, 'error', 'data', /no test data folder/));
    assert.ok(has(issues, 'error', 'data/secret', /no secret test cases/));
  });
});

describe('2023-07 draft packages', () => {
  test('time_limit, a name per language, statement/ and output_validator/', async () => {
    const { problem, issues } = await readProblem(
      writePackage({
        ...withoutTimeLimit(),
        'problem.yaml':
          'problem_format_version: 2023-07-draft\nname:\n  en: Draft Sum\n  sv: Utkast\ntype: [pass-fail, interactive]\nlimits:\n  time_limit: 1.5\n  time_multipliers:\n    ac_to_time_limit: 2.5\n  memory: 512\n',
        'statement/problem.en.md': '# Draft\n',
        'output_validator/check.py': 'raise SystemExit(42)\n',
      }),
    );
    assert.deepEqual(
      issues.filter((issue) => issue.severity === 'error'),
      [],
    );
    assert.equal(problem.formatVersion, '2023-07');
    assert.equal(problem.name, 'Draft Sum');
    assert.equal(problem.interactive, true);
    assert.equal(problem.customValidation, true);
    assert.equal(problem.limits.timeLimitMs, 1500);
    assert.equal(problem.limits.timeLimitSource, 'problem.yaml');
    assert.equal(problem.limits.timeMultiplier, 2.5);
    assert.equal(problem.limits.timeSafetyMargin, 1.5);
    assert.equal(problem.outputValidator?.path, 'output_validator');
    assert.ok(problem.statements.some((statement) => statement.file === 'statement/problem.en.md'));
  });

  test('the legacy validation key is ignored with a warning that says what 2023-07 wants', async () => {
    const { problem, issues } = await readProblem(
      writePackage({
        'problem.yaml':
          'problem_format_version: 2023-07-draft\nname: Legacy Key\nvalidation: custom interactive\nlimits:\n  time_limit: 1\n',
        'statement/problem.en.md': '# Legacy\n',
      }),
    );
    assert.equal(problem.interactive, false);
    assert.ok(has(issues, 'warning', 'problem.yaml', /legacy key.*type: interactive/));
  });
});

describe('time limits', () => {
  test('derived as problemtools does: slowest accepted times the multiplier, rounded up to seconds', () => {
    assert.equal(deriveTimeLimitMs(340, 5), 2000);
    assert.equal(deriveTimeLimitMs(10, 2), 1000);
    assert.equal(deriveTimeLimitMs(1001, 2), 3000);
  });

  test('a derived limit is kept in .timelimit and read back', async () => {
    const dir = writePackage({ ...MINIMAL, '.timelimit': '' });
    rmSync(join(dir, '.timelimit'));
    assert.equal((await readProblem(dir)).problem.limits.timeLimitMs, null);
    await writeTimeLimit(dir, 3000);
    assert.equal(readFileSync(join(dir, '.timelimit'), 'utf8'), '3\n');
    assert.equal((await readProblem(dir)).problem.limits.timeLimitMs, 3000);
  });
});

describe('2025-09 packages and problem types', () => {
  const modern = (yaml: string) =>
    writePackage({
      ...withoutTimeLimit(),
      'problem.yaml': yaml,
      'statement/problem.en.md': '# Modern\n',
      'output_validator/check.py': 'raise SystemExit(42)\n',
    });

  test('2025-09 is read as itself, with interactive multi-pass types and its keys', async () => {
    const { problem, issues } = await readProblem(
      modern(
        'problem_format_version: 2025-09\nname: Modern\nuuid: 0b3c\ntype: [pass-fail, interactive, multi-pass]\ncredits:\n  authors: A. Author\nsource: NWERC\nlimits:\n  time_limit: 1\n  validation_passes: 3\n',
      ),
    );
    assert.deepEqual(
      issues.filter((issue) => issue.severity === 'error' || issue.file === 'problem.yaml'),
      [],
    );
    assert.equal(problem.formatVersion, '2025-09');
    assert.equal(problem.interactive, true);
    assert.equal(problem.multiPass, true);
    assert.equal(problem.customValidation, true);
    assert.equal(problem.limits.validationPasses, 3);
  });

  test('later versions and drafts are read as 2025-09 with a warning; unknown keys say which version they belong to', async () => {
    const { problem, issues } = await readProblem(
      modern(
        'problem_format_version: 2027-03-draft\nname: Later\ntype: scoring multi-pass\nvalidator_flags: x\nfrobnicate: 1\n',
      ),
    );
    assert.equal(problem.formatVersion, '2025-09');
    assert.equal(problem.type, 'scoring');
    assert.equal(problem.multiPass, true);
    assert.ok(has(issues, 'warning', 'problem.yaml', /2027-03-draft is newer than 2025-09/));
    assert.ok(has(issues, 'warning', 'problem.yaml', /"validator_flags" belongs to the legacy format/));
    assert.ok(has(issues, 'warning', 'problem.yaml', /unknown key "frobnicate"/));
  });

  test('submit-answer and incompatible types are errors that say why', async () => {
    const { issues } = await readProblem(
      modern('problem_format_version: 2025-09\nname: X\ntype: [submit-answer, interactive]\n'),
    );
    assert.ok(has(issues, 'error', 'problem.yaml', /both interactive and submit-answer/));
    assert.ok(has(issues, 'error', 'problem.yaml', /submit-answer .* not supported/));
  });

  test('legacy "validation: custom multi-pass" (DOMjudge) is a multi-pass problem', async () => {
    const { problem, issues } = await readProblem(
      writePackage({
        ...MINIMAL,
        'problem.yaml': 'name: Legacy multi-pass\nvalidation: custom multi-pass\nlimits:\n  validation_passes: 4\n',
        'output_validators/check/check.py': 'raise SystemExit(42)\n',
      }),
    );
    assert.deepEqual(
      issues.filter((issue) => issue.severity === 'error'),
      [],
    );
    assert.equal(problem.multiPass, true);
    assert.equal(problem.interactive, false);
    assert.equal(problem.limits.validationPasses, 4);
  });
});

describe('sample-only packages (as DOMjudge judges them)', () => {
  test('no secret data is a warning when samples exist, and the samples are the test data', async () => {
    const files = Object.fromEntries(Object.entries(MINIMAL).filter(([path]) => !path.startsWith('data/secret/')));
    const { problem, issues } = await readProblem(writePackage({ ...files, '.timelimit': '2.5\n' }));
    assert.deepEqual(
      issues.filter((issue) => issue.severity === 'error'),
      [],
    );
    assert.ok(has(issues, 'warning', 'data/secret', /judged on the samples only/));
    assert.deepEqual(
      allCases(problem.data).map((testCase) => testCase.name),
      ['sample/1'],
    );
    assert.equal(problem.limits.timeLimitMs, 2500);
    assert.equal(problem.limits.timeLimitSource, 'timelimit-file');
  });

  test('no data at all is still an error', async () => {
    const files = Object.fromEntries(Object.entries(MINIMAL).filter(([path]) => !path.startsWith('data/')));
    const { issues } = await readProblem(writePackage({ ...files, 'data/README': 'nothing\n' }));
    assert.ok(has(issues, 'error', 'data/secret', /no secret test cases/));
  });
});

describe('validators of several files', () => {
  test('a loose header goes with every single-file validator beside it, and is not a program itself', async () => {
    const { problem } = await readProblem(
      writePackage({
        ...MINIMAL,
        'input_validators/check.cpp': '#include "bounds.h"\nint main() { return 42; }\n',
        'input_validators/bounds.h': 'const int MAX = 10;\n',
        'input_validators/folder/main.cc': '#include "own.h"\n',
        'input_validators/folder/own.h': '\n',
      }),
    );
    const names = Object.fromEntries(
      problem.inputValidators.map((program) => [program.path, program.files.map((file) => file.name)]),
    );
    assert.deepEqual(names, {
      'input_validators/check.cpp': ['check.cpp', 'bounds.h'],
      'input_validators/folder': ['main.cc', 'own.h'],
      'input_validators/v.py': ['v.py', 'bounds.h'],
    });
  });
});

describe('2025-09 test_group.yaml', () => {
  const SCORING = {
    ...MINIMAL,
    'problem.yaml': 'problem_format_version: 2025-09\nname: Groups\ntype: scoring\n',
    'data/secret/1.in': undefined,
    'data/secret/1.ans': undefined,
    'data/secret/test_group.yaml': 'max_score: 100\noutput_validator_args: [float_tolerance, "1e-6"]\n',
    'data/secret/g1/1.in': '1\n',
    'data/secret/g1/1.ans': '1\n',
    'data/secret/g1/test_group.yaml': 'max_score: 30\ninput_validator_args: {v: [--small]}\n',
    'data/secret/g2/1.in': '1\n',
    'data/secret/g2/1.ans': '1\n',
    'data/secret/g2/2.in': '2\n',
    'data/secret/g2/2.ans': '2\n',
    'data/secret/g2/test_group.yaml': 'max_score: 70\nscore_aggregation: sum\n',
  };
  const files = (extra: Record<string, string | undefined>) =>
    Object.fromEntries(
      Object.entries({ ...SCORING, ...extra }).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
  const group = (data: TestGroup, name: string): TestGroup => {
    const found = allGroups(data).find((candidate) => candidate.name === name);
    assert.ok(found, `group ${name} is read`);
    return found;
  };
  const allGroups = (data: TestGroup): TestGroup[] => [data, ...data.groups.flatMap(allGroups)];

  test('scores, aggregation and validator args are read, and inherited by groups', async () => {
    const { problem, issues } = await readProblem(writePackage(files({})));
    assert.deepEqual(
      issues.filter((issue) => issue.file.includes('data/')),
      [],
    );
    const secret = group(problem.data, 'secret');
    assert.equal(secret.settings.aggregation, 'sum');
    assert.deepEqual(secret.settings.range, [0, 100]);
    assert.deepEqual(secret.settings.outputValidatorFlags, ['float_tolerance', '1e-6']);
    const g1 = group(problem.data, 'secret/g1');
    // pass-fail (a group's default): every case scores the group's max, the group takes the min
    assert.equal(g1.settings.aggregation, 'min');
    assert.equal(g1.settings.acceptScore, 30);
    assert.equal(g1.settings.onReject, 'break');
    assert.deepEqual(g1.settings.inputValidatorFlags, ['--small']);
    assert.deepEqual(g1.settings.outputValidatorFlags, ['float_tolerance', '1e-6'], 'inherited from secret');
    const g2 = group(problem.data, 'secret/g2');
    assert.equal(g2.settings.aggregation, 'sum');
    assert.equal(g2.settings.acceptScore, 35, 'max_score split among the two cases');
    assert.equal(g2.settings.onReject, 'continue');
    assert.deepEqual(g2.settings.range, [0, 70]);
    // a 2023-07 export carries what was read as testdata.yaml
    assert.deepEqual(testdataFiles(problem, '2023-07').get('secret/g1'), {
      on_reject: 'break',
      grader_flags: 'min',
      accept_score: 30,
      range: '0 30',
      input_validator_flags: '--small',
    });
  });

  test('bad values are errors and unsupported keys are warnings, each with its file', async () => {
    const { issues } = await readProblem(
      writePackage(
        files({
          'data/sample/test_group.yaml': 'max_score: 5\n',
          'data/secret/g1/test_group.yaml': 'max_score: -3\noutput_validator_args: "a b"\nflavour: mint\n',
          'data/secret/g2/test_group.yaml': 'score_aggregation: average\nrequire_pass: sample\nfull_feedback: yes\n',
          'data/secret/g3/1.in': '1\n',
          'data/secret/g3/1.ans': '1\n',
          'data/secret/g3/test_group.yaml':
            'max_score: unbounded\nscore_aggregation: min\ninput_validator_args: {a: [x], b: [y]}\n',
        }),
      ),
    );
    const expectations: [PackageIssue['severity'], string, RegExp][] = [
      ['error', 'data/sample/test_group.yaml', /max_score is not permitted in data\/sample/],
      ['error', 'data/secret/g1/test_group.yaml', /max_score must be a non-negative integer or "unbounded", got -3/],
      ['error', 'data/secret/g1/test_group.yaml', /output_validator_args must be a list of strings/],
      ['warning', 'data/secret/g1/test_group.yaml', /unknown key "flavour"/],
      ['error', 'data/secret/g2/test_group.yaml', /score_aggregation must be "pass-fail", "sum" or "min"/],
      ['warning', 'data/secret/g2/test_group.yaml', /require_pass is not supported/],
      ['error', 'data/secret/g2/test_group.yaml', /full_feedback must be true or false/],
      ['warning', 'data/secret/g3/test_group.yaml', /max_score: unbounded .* is not supported/],
      ['warning', 'data/secret/g3/test_group.yaml', /input_validator_args with different lists per validator/],
    ];
    for (const [severity, file, message] of expectations) {
      assert.ok(
        has(issues, severity, file, message),
        `expected ${severity} on ${file}: ${message}\n${JSON.stringify(issues, null, 1)}`,
      );
    }
  });

  test('scoring keys in a pass-fail problem are reported, not applied', async () => {
    const { problem, issues } = await readProblem(
      writePackage({ ...MINIMAL, 'data/secret/test_group.yaml': 'max_score: 50\n' }),
    );
    assert.ok(has(issues, 'warning', 'data/secret/test_group.yaml', /max_score is ignored: the problem is pass-fail/));
    assert.equal(group(problem.data, 'secret').settings.acceptScore, 1);
  });
});
