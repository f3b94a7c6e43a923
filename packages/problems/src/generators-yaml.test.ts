/** Reading generators/generators.yaml into a plan, against the spec's examples (spec/generators.md). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { generatorSeed, type PackageIssue, planGenerators, substituteArgs } from './index.ts';

function plan(text: string) {
  const issues: PackageIssue[] = [];
  const result = planGenerators(parse(text) as Record<string, unknown>, issues);
  return { ...result, issues, errors: issues.filter((issue) => issue.severity === 'error').map((i) => i.message) };
}

describe('generators.yaml', () => {
  test('{seed} is sha512(random_salt + command) mod 2^31, as BAPCtools computes it', () => {
    // values from Python: int(hashlib.sha512((salt + command).encode()).hexdigest(), 16) % 2**31
    assert.equal(generatorSeed('', 'graph {seed}'), 145309074);
    assert.equal(generatorSeed('abcd', 'graph {seed:2}'), 1928857153);
    assert.equal(generatorSeed('verdict', 'listgen 5 {seed}'), 1888413424);
    assert.deepEqual(substituteArgs(['{name}.in', 'n={seed:3}', 'x'], '01-a', 7), ['01-a.in', 'n=7', 'x']);
  });

  test('every form of test case, groups, inherited solution and settings', () => {
    const result = plan(`
solution: /submissions/accepted/a.py
random_salt: s
generators:
  tree: [tree.py, lib.py]
data:
  sample:
    type: directory
    solution:
    data:
      "1": {in: "1 2", ans: "3"}
      "2": manual/2.in
      "3":
  secret:
    data:
      a: tree 5 {seed}
      b: {generate: gen.cpp 7, solution: /submissions/accepted/b.cpp}
      c: {copy: manual/c}
      g:
        testdata.yaml: {on_reject: continue}
        data:
          d: tree {name}
  invalid_input:
    data:
      x: {in: "-1"}
`);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.generators.get('tree'), ['tree.py', 'lib.py']);
    assert.deepEqual(
      result.cases.map((testCase) => [testCase.path, testCase.source.kind, testCase.solution.kind]),
      [
        ['sample/1', 'inline', 'none'],
        ['sample/2', 'copy', 'none'],
        ['sample/3', 'manual', 'none'],
        ['secret/a', 'generate', 'given'],
        ['secret/b', 'generate', 'given'],
        ['secret/c', 'copy', 'given'],
        ['secret/g/d', 'generate', 'given'],
      ],
    );
    const [, two, , a, b] = result.cases;
    assert.deepEqual(two?.source, { kind: 'copy', from: 'manual/2' });
    assert.deepEqual(a?.source, {
      kind: 'generate',
      command: 'tree 5 {seed}',
      program: 'tree',
      args: ['5', '{seed}'],
      seed: generatorSeed('s', 'tree 5 {seed}'),
    });
    assert.deepEqual(b?.solution, { kind: 'given', path: 'submissions/accepted/b.cpp', args: [] });
    assert.deepEqual(result.cases[0]?.inline, { in: '1 2', ans: '3' });
    assert.deepEqual(
      result.groups.map((group) => [group.path, group.settingsFile?.name ?? null]),
      [
        ['sample', null],
        ['secret', null],
        ['secret/g', 'testdata.yaml'],
      ],
    );
    assert.ok(result.issues.some((issue) => /data\/invalid_input is not generated/.test(issue.message)));
  });

  test('a data list numbers its items, zero-padded; the keys of one item share a number', () => {
    const lines = [
      'data:',
      '  secret:',
      '    data:',
      '      - "": gen x',
      '      - {a: gen a, b: gen b}',
      ...Array.from({ length: 10 }, (_, index) => `      - c${index}: gen ${index}`),
    ];
    const result = plan(lines.join('\n'));
    assert.deepEqual(result.errors, []);
    const names = result.cases.map((testCase) => testCase.name);
    assert.deepEqual(names.slice(0, 4), ['01', '02-a', '02-b', '03-c0']);
    assert.equal(names.at(-1), '12-c9');
  });

  test('an empty mapping is an empty group; a folder generator may be written "dir/"; a ~ key is numbered alone', () => {
    const result = plan(`
data:
  secret:
    data:
      empty: {}
      listed:
        data:
          - ~: folder/ 1
          - x: folder 2
`);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(
      result.groups.map((group) => group.path),
      ['secret', 'secret/empty', 'secret/listed'],
    );
    assert.deepEqual(
      result.cases.map((testCase) => [testCase.path, testCase.source.kind === 'generate' && testCase.source.program]),
      [
        ['secret/listed/1', 'folder'],
        ['secret/listed/2-x', 'folder'],
      ],
    );
  });

  test('mistakes are errors on generators.yaml that say what to write', () => {
    const result = plan(`
data:
  secret:
    data:
      a: gen {seed} {seed:1}
      b: {solution: /submissions/accepted/a.py, desc: no input}
      c: {generate: gen 1, count: 3}
      d: ../escape.py 1
      e: gen 2 {seed}
      f: gen 2 {seed}
      "bad/name": gen 3
  sample:
    data:
      s: {generate: gen 1, in: "1"}
`);
    const expected = [
      /secret\/a: \{seed\} may appear at most once/,
      /secret\/b: nothing makes its \.in/,
      /secret\/c: "count" is not supported/,
      /secret\/d: the generator "\.\.\/escape\.py" must be a name relative to generators\//,
      /secret\/f: the same command as data\/secret\/e gives the same seed/,
      /"bad\/name" is not a valid test case or group name/,
      /sample\/s: give one of generate, copy and in/,
    ];
    for (const pattern of expected) {
      assert.ok(
        result.errors.some((message) => pattern.test(message)),
        `${pattern} in ${result.errors.join('\n')}`,
      );
    }
    assert.ok(result.issues.every((issue) => issue.file === 'generators/generators.yaml'));
  });
});
