import type { FunctionCompare, FunctionTolerance } from '@verdict/problems';
import { isJsonObject, type Json, JsonNumber, stringifyJson } from './json.ts';

export interface CompareOptions {
  compare: FunctionCompare;
  tolerance: FunctionTolerance | null;
}

/** Where a result first differs from the answer; says nothing of the answer's values (secret tests). */
export type Difference = string | null;

function numbersEqual(expected: JsonNumber, got: JsonNumber, tolerance: FunctionTolerance | null): boolean {
  if (tolerance) {
    const error = Math.abs(expected.value - got.value);
    return error <= tolerance.absolute || error <= tolerance.relative * Math.abs(expected.value);
  }
  // integers digit for digit (64-bit values are beyond a double's precision)
  if (expected.isInteger && got.isInteger) return BigInt(expected.text) === BigInt(got.text);
  return expected.value === got.value;
}

function kindOf(value: Json): string {
  if (value === null) return 'null';
  if (value instanceof JsonNumber) return 'a number';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value === 'boolean' ? 'bool' : 'string'}`;
}

/** A key that sorts equal values together: numbers by value, so 2 and 2.0 are one. */
function sortKey(value: Json): string {
  if (value instanceof JsonNumber) return value.isInteger ? BigInt(value.text).toString() : String(value.value);
  if (Array.isArray(value)) return `[${value.map(sortKey).join(',')}]`;
  return stringifyJson(value);
}

function sorted(values: Json[]): Json[] {
  return values
    .map((value) => ({ value, key: sortKey(value) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => entry.value);
}

function difference(expected: Json, got: Json, tolerance: FunctionTolerance | null, path: string): Difference {
  const where = path === '' ? 'the result' : `the result at ${path}`;
  if (expected instanceof JsonNumber && got instanceof JsonNumber) {
    return numbersEqual(expected, got, tolerance) ? null : `${where} is a different number`;
  }
  if (Array.isArray(expected) && Array.isArray(got)) {
    if (expected.length !== got.length) {
      return `${where} has ${got.length} element${got.length === 1 ? '' : 's'}; the answer has ${expected.length}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const inner = difference(expected[i] as Json, got[i] as Json, tolerance, `${path}[${i}]`);
      if (inner) return inner;
    }
    return null;
  }
  if (isJsonObject(expected) || isJsonObject(got)) return `${where} is not comparable`;
  if (kindOf(expected) !== kindOf(got)) return `${where} is ${kindOf(got)}; the answer is ${kindOf(expected)}`;
  return expected === got ? null : `${where} is a different ${kindOf(got).replace(/^an? /, '')}`;
}

/**
 * Compares a function's result with the answer: `exact` (numbers by value, integers digit for
 * digit), `unordered` (the outer array as a multiset), `float` (every number within the
 * tolerance, absolute or relative). Returns null when they match, else where they differ.
 */
export function compareValue(expected: Json, got: Json, options: CompareOptions): Difference {
  const tolerance = options.compare === 'float' ? options.tolerance : null;
  if (options.compare === 'unordered' && Array.isArray(expected) && Array.isArray(got)) {
    const inner = difference(sorted(expected), sorted(got), null, '');
    return inner && `${inner} (order ignored)`;
  }
  return difference(expected, got, tolerance, '');
}

/** Class design: the answer lists each call's result (null for the constructor and void methods). */
export function compareCalls(
  expected: Json[],
  got: Json,
  methods: readonly string[],
  options: CompareOptions,
): Difference {
  if (!Array.isArray(got) || got.length !== expected.length) return 'the calls did not all return';
  for (let i = 0; i < expected.length; i++) {
    const inner = compareValue(expected[i] as Json, got[i] as Json, options);
    if (inner) return `call ${i + 1} (${methods[i]}): ${inner}`;
  }
  return null;
}
