/** problem.yaml's `function:` key: both forms, the types, and every mistake named. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { formatValueType, type PackageIssue, parseValueType, readSignature, snakeCase } from './index.ts';

function read(yaml: string, flags: string[] = []) {
  const issues: PackageIssue[] = [];
  const signature = readSignature(parse(yaml), flags, issues);
  return { signature, errors: issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message) };
}

describe('function signatures', () => {
  test('the function form', () => {
    const { signature, errors } = read(`
name: twoSum
params: [{name: nums, type: "int[]"}, {name: target, type: int}]
returns: "int[]"
compare: unordered
`);
    assert.deepEqual(errors, []);
    assert.deepEqual(signature, {
      form: 'function',
      name: 'twoSum',
      params: [
        { name: 'nums', type: { base: 'int', depth: 1 } },
        { name: 'target', type: { base: 'int', depth: 0 } },
      ],
      returns: { base: 'int', depth: 1 },
      output: null,
      compare: 'unordered',
      tolerance: null,
    });
  });

  test('the class form', () => {
    const { signature, errors } = read(`
class: LRUCache
constructor: [{name: capacity, type: int}]
methods:
  - {name: get, params: [{name: key, type: int}], returns: int}
  - {name: put, params: [{name: key, type: int}, {name: value, type: int}], returns: void}
`);
    assert.deepEqual(errors, []);
    assert.equal(signature?.form, 'class');
    if (signature?.form !== 'class') return;
    assert.deepEqual(signature.constructorParams, [{ name: 'capacity', type: { base: 'int', depth: 0 } }]);
    assert.deepEqual(
      signature.methods.map((method) => [method.name, method.returns && formatValueType(method.returns)]),
      [
        ['get', 'int'],
        ['put', null],
      ],
    );
  });

  test('a class without constructor parameters (every object has a `constructor` property)', () => {
    const { signature, errors } = read('class: Counter\nmethods: [{name: next, returns: int}]\n');
    assert.deepEqual(errors, []);
    assert.deepEqual(signature?.form === 'class' && signature.constructorParams, []);
  });

  test('float tolerance from the key, else from validator_flags, else 1e-6', () => {
    const base = 'name: mean\nparams: [{name: xs, type: "double[]"}]\nreturns: double\ncompare: float\n';
    assert.deepEqual(read(`${base}tolerance: 1e-4\n`).signature?.tolerance, { absolute: 1e-4, relative: 1e-4 });
    assert.deepEqual(read(`${base}tolerance: {relative: 1e-3}\n`).signature?.tolerance, {
      absolute: 0,
      relative: 1e-3,
    });
    assert.deepEqual(read(base, ['float_absolute_tolerance', '1e-5']).signature?.tolerance, {
      absolute: 1e-5,
      relative: 0,
    });
    assert.deepEqual(read(base).signature?.tolerance, { absolute: 1e-6, relative: 1e-6 });
  });

  test('in place: output names a parameter of a void function', () => {
    const ok = read('name: rotate\nparams: [{name: nums, type: "int[]"}, {name: k, type: int}]\noutput: nums\n');
    assert.deepEqual(ok.errors, []);
    assert.equal(ok.signature?.form === 'function' && ok.signature.output, 'nums');
    assert.match(read('name: f\nparams: [{name: a, type: int}]\nreturns: int\noutput: a\n').errors[0] ?? '', /void/);
  });

  test('mistakes are named', () => {
    const cases: [string, RegExp][] = [
      ['name: f\nreturns: "int[][][]"\n', /returns must be one of int, long, .* or an array of them/],
      ['name: f\nparams: [{name: x, type: float}]\n', /params\[0\]\.type must be one of/],
      ['name: f\nparams: [{name: val, type: int}]\n', /"val" is a keyword or a reserved name/],
      ['name: f\nparams: [{name: type, type: int}]\n', /"type" is a keyword/],
      ['name: TwoSum\n', /camelCase name starting with a lower-case letter/],
      ['name: f\nparams: [{name: a, type: int}, {name: a, type: int}]\n', /names "a" twice/],
      ['class: Solution\nmethods: [{name: f}]\n', /class must be a PascalCase name other than Solution/],
      ['class: Cache\nmethods: []\n', /non-empty list/],
      ['class: Cache\nname: f\nmethods: [{name: f}]\n', /either name .* or class/],
      ['name: f\ncompare: fuzzy\n', /compare must be exact, unordered or float/],
      ['name: f\ntolerance: 1\n', /tolerance needs compare: float/],
    ];
    for (const [yaml, message] of cases) {
      const { errors } = read(yaml);
      assert.ok(
        errors.some((error) => message.test(error)),
        `${yaml}: ${errors.join('; ')}`,
      );
    }
  });

  test('type names and renaming', () => {
    assert.deepEqual(parseValueType('TreeNode[]'), { base: 'TreeNode', depth: 1 });
    assert.equal(parseValueType('Map'), null);
    assert.equal(snakeCase('twoSum'), 'two_sum');
    assert.equal(snakeCase('getLRUValue'), 'get_lru_value');
  });
});
