/** Exact JSON, the comparison modes and the driver protocol's parsing: pure, no sandbox. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareCalls, compareValue } from './compare.ts';
import { JsonNumber, JsonSyntaxError, parseJson, stringifyJson } from './json.ts';
import { DriverProtocolError, type DriverRecord, DriverStream, driverInput, parseRecord } from './protocol.ts';
import { isValueOf } from './values.ts';

const exact = { compare: 'exact', tolerance: null } as const;
const unordered = { compare: 'unordered', tolerance: null } as const;
const float = { compare: 'float', tolerance: { absolute: 1e-6, relative: 1e-6 } } as const;
const same = (expected: string, got: string, options: Parameters<typeof compareValue>[2] = exact) =>
  compareValue(parseJson(expected), parseJson(got), options);

describe('exact JSON', () => {
  test('keeps 64-bit integers digit for digit', () => {
    const value = parseJson('[9223372036854775807,-9223372036854775808]');
    assert.equal(stringifyJson(value), '[9223372036854775807,-9223372036854775808]');
    assert.ok((value as JsonNumber[])[0] instanceof JsonNumber);
  });

  test('strings with escapes, unicode and surrogate pairs', () => {
    const text = '"q\\" b\\\\ s\\/ \\n\\t \\u00e9 \\ud83d\\ude00 中"';
    assert.equal(parseJson(text), 'q" b\\ s/ \n\t é 😀 中');
    assert.equal(parseJson(stringifyJson(parseJson(text))), parseJson(text));
  });

  test('refuses what is not JSON', () => {
    for (const bad of ['[1,', '{"a" 1}', '[01]', 'nul', '"\\x"', '[1] 2', "'a'", '[NaN]']) {
      assert.throws(() => parseJson(bad), JsonSyntaxError, bad);
    }
  });
});

describe('comparison', () => {
  test('exact: numbers by value, integers beyond a double exactly', () => {
    assert.equal(same('[1,2.0,1e-9]', '[1.0,2,0.000000001]'), null);
    assert.equal(same('9223372036854775807', '9223372036854775807'), null);
    assert.match(same('9223372036854775807', '9223372036854775806') ?? '', /different number/);
    assert.match(same('[1,2]', '[1,2,3]') ?? '', /has 3 elements; the answer has 2/);
    assert.match(same('[[1],[2]]', '[[1],[3]]') ?? '', /at \[1\]\[0\]/);
    assert.match(same('1', '"1"') ?? '', /is a string; the answer is a number/);
    assert.match(same('null', '[]') ?? '', /an array; the answer is null/);
    assert.equal(same('"é"', '"\\u00e9"'), null);
    assert.match(same('true', 'false') ?? '', /different bool/);
  });

  test('unordered: the outer array as a multiset', () => {
    assert.equal(same('[1,2,2,3]', '[3,2,1,2]', unordered), null);
    assert.equal(same('[[1,2],[3]]', '[[3],[1,2]]', unordered), null);
    assert.notEqual(same('[[1,2],[3]]', '[[3],[2,1]]', unordered), null, 'inner order still counts');
    assert.notEqual(same('[1,2,2]', '[1,1,2]', unordered), null);
  });

  test('float: absolute or relative tolerance, everywhere in the value', () => {
    assert.equal(same('1.0', '1.0000009', float), null);
    assert.notEqual(same('1.0', '1.000002', float), null);
    assert.equal(same('1e12', '1.0000000001e12', float), null, 'relative');
    assert.equal(same('[[0.5],[2e-7]]', '[[0.5000001],[0]]', float), null);
    assert.notEqual(same('1.0', 'null', float), null, 'a non-finite result comes as null');
  });

  test('class design: each call, with its name in the message', () => {
    const expected = parseJson('[null,null,1,null,-1]') as never[];
    const methods = ['LRUCache', 'put', 'get', 'put', 'get'];
    assert.equal(compareCalls(expected, parseJson('[null,null,1,null,-1]'), methods, exact), null);
    assert.match(compareCalls(expected, parseJson('[null,null,1,null,5]'), methods, exact) ?? '', /call 5 \(get\)/);
    assert.match(compareCalls(expected, parseJson('[null]'), methods, exact) ?? '', /did not all return/);
  });
});

describe('test data against types', () => {
  test('int and long ranges, trees in level order', () => {
    const type = (base: 'int' | 'long' | 'TreeNode' | 'ListNode', depth = 0) => ({ base, depth });
    assert.ok(isValueOf(type('int'), parseJson('-2147483648')));
    assert.ok(!isValueOf(type('int'), parseJson('2147483648')));
    assert.ok(!isValueOf(type('int'), parseJson('1.5')));
    assert.ok(isValueOf(type('long'), parseJson('-9223372036854775808')));
    assert.ok(!isValueOf(type('long'), parseJson('9223372036854775808')));
    assert.ok(isValueOf(type('TreeNode'), parseJson('[1,null,2,3]')));
    assert.ok(!isValueOf(type('TreeNode'), parseJson('[1,null,null,2]')), 'a child with no parent');
    assert.ok(!isValueOf(type('ListNode'), parseJson('[1,null]')));
    assert.ok(isValueOf(type('int', 2), parseJson('[[],[1]]')));
  });
});

describe('driver protocol', () => {
  const nonce = 'a'.repeat(32);

  function collect(chunks: string[]): { records: DriverRecord[]; lines: string[] } {
    const records: DriverRecord[] = [];
    const lines: string[] = [];
    const stream = new DriverStream(
      nonce,
      (record) => records.push(record),
      (line) => lines.push(line),
    );
    for (const chunk of chunks) stream.push(Buffer.from(chunk));
    stream.end();
    return { records, lines };
  }

  test('records need the nonce; everything else is the user output', () => {
    const { records, lines } = collect([
      `\n${nonce} S 0\nhello\n${nonce.slice(0, 31)} E 0 1 1 1 [1]\nE 0 1 1 1 [1]\n`,
      ` ${nonce} E 0 1 1 1 [1]\n\n${nonce} E 0 5 6 7 [1, 2]\n\n${nonce} P 0 99\n${nonce} D\ntail`,
    ]);
    assert.deepEqual(records, [
      { type: 'start', index: 0 },
      { type: 'end', index: 0, cpuUs: 5, wallUs: 6, memoryKb: 7, json: '[1, 2]' },
      { type: 'progress', index: 0, cpuUs: 99 },
      { type: 'done' },
    ]);
    assert.deepEqual(lines, [
      '',
      'hello',
      `${nonce.slice(0, 31)} E 0 1 1 1 [1]`,
      'E 0 1 1 1 [1]',
      ` ${nonce} E 0 1 1 1 [1]`,
      '',
      '',
      'tail',
    ]);
  });

  test('a character split across chunks stays whole', () => {
    const bytes = Buffer.from(`${nonce} E 0 1 1 1 "é😀"\n`);
    const records: DriverRecord[] = [];
    const stream = new DriverStream(
      nonce,
      (record) => records.push(record),
      () => {},
    );
    for (let at = 0; at < bytes.length; at += 3) stream.push(bytes.subarray(at, at + 3));
    assert.deepEqual(records, [{ type: 'end', index: 0, cpuUs: 1, wallUs: 1, memoryKb: 1, json: '"é😀"' }]);
  });

  test('an authenticated record that does not parse is a protocol error', () => {
    for (const body of ['Q 1', 'E x 1 1 1 []', 'S', 'E 0 1 1', 'P 0 -5']) {
      assert.throws(() => parseRecord(body), DriverProtocolError, body);
    }
    assert.deepEqual(parseRecord('X 2 3 4 5 "boom"'), {
      type: 'threw',
      index: 2,
      cpuUs: 3,
      wallUs: 4,
      memoryKb: 5,
      message: 'boom',
    });
  });

  test('the driver input: nonce, count, one line per test', () => {
    assert.equal(driverInput(nonce, ['[1]', '[2]']), `${nonce}\n2\n[1]\n[2]\n`);
  });
});
