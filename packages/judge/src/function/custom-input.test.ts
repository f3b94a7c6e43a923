import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type FunctionSignature, type FunctionValueType, parseValueType } from '@verdict/problems';
import { JudgeSetupError } from '../errors.ts';
import { customFunctionTests } from './tests.ts';

const type = (text: string) => parseValueType(text) as FunctionValueType;

const TWO_SUM: FunctionSignature = {
  form: 'function',
  name: 'twoSum',
  params: [
    { name: 'nums', type: type('int[]') },
    { name: 'target', type: type('int') },
  ],
  returns: type('int[]'),
  output: null,
  compare: 'exact',
  tolerance: null,
};

function messageOf(text: string): string {
  try {
    customFunctionTests(TWO_SUM, text);
  } catch (error) {
    assert.ok(error instanceof JudgeSetupError, String(error));
    return error.message;
  }
  assert.fail(`${text} was accepted`);
}

describe('custom input of a function problem', () => {
  test('a fitting input is one call', () => {
    assert.equal(customFunctionTests(TWO_SUM, '[[2, 7], 9]').length, 1);
  });

  test('JSON that does not parse names the argument and the reason', () => {
    assert.match(messageOf('[[3, 2, 4,], 6]'), /argument 1 \(nums\) "\[3, 2, 4,\]": .*character/);
    assert.match(messageOf('[[3, 2, 4], six]'), /argument 2 \(target\) "six": /);
    assert.match(messageOf('[[1], 2, oops]'), /value 3 \(there are 2 arguments\)/);
    assert.match(messageOf('[[1, 2], "unclosed]'), /argument 2 \(target\)/);
    // not an array at all: the parser's own message
    assert.match(messageOf('{nope'), /the input must be JSON/);
  });

  test('values of the wrong type name every failing argument and where inside it', () => {
    const message = messageOf('[[3, "2", 4], 6.5]');
    assert.match(message, /argument 1 \(nums\) must be int\[\]: item 2: expected an integer, got the string "2"/);
    assert.match(message, /argument 2 \(target\) must be int: expected an integer, got the number 6\.5/);
    assert.match(messageOf('[[1, 99999999999], 6]'), /item 2: 99999999999 does not fit a 32-bit int/);
    assert.match(messageOf('[[1, 2]]'), /2 argument\(s\) \[nums, target\], got 1/);
    assert.match(messageOf('[[1], 2]\n[[1], x]'), /^line 2: .*argument 2 \(target\) "x"/);
  });
});
