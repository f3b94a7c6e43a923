/** Expectations of example submissions: folders, submissions.yaml (2025-09 "Example submissions") and DOMjudge tags. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { expandBraces, globMatches, type PackageIssue } from './index.ts';
import { readSubmissions } from './submissions.ts';

const scratch = mkdtempSync(join(tmpdir(), 'verdict-submissions-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

function write(files: Record<string, string>): string {
  const dir = join(scratch, `pkg${counter++}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('patterns', () => {
  test('braces expand and * stays within one path segment; a parent folder matches', () => {
    assert.deepEqual(expandBraces('author.{py,cpp}'), ['author.py', 'author.cpp']);
    assert.deepEqual(expandBraces('{a,b}/{c,d}'), ['a/c', 'a/d', 'b/c', 'b/d']);
    assert.ok(globMatches('wrong_answer/*', 'wrong_answer/slow.py'));
    assert.ok(globMatches('accepted', 'accepted/sol/main.py'));
    assert.ok(globMatches('accepted/{fast,slow}.py', 'accepted/slow.py'));
    assert.ok(globMatches('*', 'accepted/slow.py'));
    assert.ok(!globMatches('secret/*-easy', 'secret/group/1-easy'));
    assert.ok(globMatches('secret/*-easy', 'secret/1-easy'));
  });
});

describe('readSubmissions', () => {
  test('a legacy package: one rule per submission, its folder', async () => {
    const issues: PackageIssue[] = [];
    const subs = await readSubmissions(
      write({ 'submissions/accepted/a.py': '', 'submissions/wrong_answer/w.py': '', 'submissions/mystery/m.py': '' }),
      'legacy',
      issues,
    );
    assert.deepEqual(
      subs.map((sub) => [sub.path, sub.rules.map((rule) => rule.source)]),
      [
        ['submissions/accepted/a.py', ['folder accepted/']],
        ['submissions/wrong_answer/w.py', ['folder wrong_answer/']],
      ],
    );
    assert.ok(issues.some((issue) => issue.file === 'submissions/mystery' && /no expectation/.test(issue.message)));
  });

  test('submissions.yaml: default folder rules, overrides, globs with braces, per-group rules, language', async () => {
    const issues: PackageIssue[] = [];
    const subs = await readSubmissions(
      write({
        'submissions/submissions.yaml': [
          'time_limit_exceeded:',
          '  permitted: [AC, WA, TLE]',
          'wrong_answer/{greedy,lazy}.py:',
          '  language: python3',
          '  message: too small',
          'extra/solves_easy.py:',
          '  sample:',
          '    permitted: [AC]',
          '  secret/*-hard:',
          '    permitted: [AC, TLE]',
          '    required: [TLE]',
          '',
        ].join('\n'),
        'submissions/accepted/a.py': '',
        'submissions/rejected/r.py': '',
        'submissions/time_limit_exceeded/t.py': '',
        'submissions/wrong_answer/greedy.py': '',
        'submissions/extra/solves_easy.py': '',
        'submissions/compiler_error/ce.cpp': '',
      }),
      '2025-09',
      issues,
    );
    const byPath = Object.fromEntries(subs.map((sub) => [sub.path.replace('submissions/', ''), sub]));
    assert.deepEqual(byPath['accepted/a.py']?.rules, [
      { source: 'default rule of accepted/', cases: null, permitted: ['AC'] },
    ]);
    assert.deepEqual(byPath['rejected/r.py']?.rules[0]?.required, ['RTE', 'TLE', 'WA']);
    const tle = byPath['time_limit_exceeded/t.py']?.rules[0];
    assert.deepEqual([tle?.permitted, tle?.required], [['AC', 'WA', 'TLE'], ['TLE']]);
    assert.match(tle?.source ?? '', /overrides/);
    const greedy = byPath['wrong_answer/greedy.py'];
    assert.equal(greedy?.language, 'python3');
    assert.deepEqual(
      greedy?.rules.map((rule) => rule.source),
      ['default rule of wrong_answer/', 'submissions.yaml "wrong_answer/{greedy,lazy}.py"'],
    );
    assert.deepEqual(byPath['compiler_error/ce.cpp']?.rules[0]?.outcomes, ['compiler_error']);
    const easy = byPath['extra/solves_easy.py'];
    assert.deepEqual(
      easy?.rules.map((rule) => [rule.cases, rule.permitted, rule.required]),
      [
        ['sample', ['AC'], undefined],
        ['secret/*-hard', ['AC', 'TLE'], ['TLE']],
      ],
    );
    assert.equal(easy?.expected, null);
    assert.deepEqual(issues, []);
  });

  test("DOMjudge's @EXPECTED_RESULTS@ tag replaces the folder, in any folder", async () => {
    const subs = await readSubmissions(
      write({
        'submissions/accepted/slow.c': '/* @EXPECTED_RESULTS@: CORRECT, TIMELIMIT */\n',
        'submissions/other/crash.py': '# @EXPECTED_RESULTS@: RUN-ERROR\n',
      }),
      'legacy',
      [],
    );
    assert.deepEqual(
      subs.map((sub) => sub.rules),
      [
        [
          {
            source: '@EXPECTED_RESULTS@ in accepted/slow.c',
            cases: null,
            outcomes: ['accepted', 'time_limit_exceeded'],
          },
        ],
        [{ source: '@EXPECTED_RESULTS@ in other/crash.py', cases: null, outcomes: ['run_time_error'] }],
      ],
    );
  });
});
