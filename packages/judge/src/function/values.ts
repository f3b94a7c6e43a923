import { type FunctionValueType, formatValueType } from '@verdict/problems';
import { type Json, JsonNumber } from './json.ts';

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function integerIn(value: Json, min: bigint, max: bigint): boolean {
  if (!(value instanceof JsonNumber) || !value.isInteger) return false;
  const big = BigInt(value.text);
  return big >= min && big <= max;
}

/** Level order with nulls: every value after the root fills a child slot of a node already placed. */
function isLevelOrder(values: Json[]): boolean {
  if (values.length === 0) return true;
  if (values[0] === null) return values.length === 1;
  let slots = 2;
  for (const value of values.slice(1)) {
    if (slots === 0) return false;
    slots--;
    if (value !== null) slots += 2;
  }
  return true;
}

function checkBase(type: FunctionValueType, value: Json): boolean {
  switch (type.base) {
    case 'int':
      return integerIn(value, INT_MIN, INT_MAX);
    case 'long':
      return integerIn(value, LONG_MIN, LONG_MAX);
    case 'double':
      return value instanceof JsonNumber && Number.isFinite(value.value);
    case 'bool':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'ListNode':
      return Array.isArray(value) && value.every((item) => integerIn(item, INT_MIN, INT_MAX));
    case 'TreeNode':
      return (
        Array.isArray(value) &&
        value.every((item) => item === null || integerIn(item, INT_MIN, INT_MAX)) &&
        isLevelOrder(value)
      );
    default:
      return false;
  }
}

/**
 * Whether a JSON value is a value of the type, as test data must be: `int` within 32 bits,
 * `long` within 64, a list as an array of ints, a tree in level order with nulls.
 */
export function isValueOf(type: FunctionValueType, value: Json): boolean {
  if (type.depth === 0) return checkBase(type, value);
  if (!Array.isArray(value)) return false;
  const element = { base: type.base, depth: type.depth - 1 };
  return value.every((item) => isValueOf(element, item));
}

/** A short description of what was expected, for messages about bad test data. */
export function describeType(type: FunctionValueType | null): string {
  const name = formatValueType(type);
  if (type?.base === 'ListNode') return `${name} (a list as a JSON array of ints)`;
  if (type?.base === 'TreeNode') return `${name} (a tree as a JSON array in level order, null for a missing child)`;
  return name;
}

function kindOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof JsonNumber) return value.isInteger ? `the integer ${value.text}` : `the number ${value.text}`;
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value)}`;
  if (typeof value === 'boolean') return String(value);
  return 'an object';
}

function explainBase(type: FunctionValueType, value: Json): string | null {
  if (checkBase(type, value)) return null;
  switch (type.base) {
    case 'int':
    case 'long': {
      const bits = type.base === 'int' ? 32 : 64;
      if (value instanceof JsonNumber && value.isInteger)
        return `${value.text} does not fit a ${bits}-bit ${type.base}`;
      return `expected an integer, got ${kindOf(value)}`;
    }
    case 'double':
      return `expected a number, got ${kindOf(value)}`;
    case 'bool':
      return `expected true or false, got ${kindOf(value)}`;
    case 'string':
      return `expected a string in double quotes, got ${kindOf(value)}`;
    case 'ListNode':
    case 'TreeNode': {
      if (!Array.isArray(value)) return `expected a JSON array, got ${kindOf(value)}`;
      const bad = value.findIndex((item) =>
        type.base === 'TreeNode' && item === null ? false : !integerIn(item, INT_MIN, INT_MAX),
      );
      if (bad >= 0) return `item ${bad + 1} is ${kindOf(value[bad] as Json)}, not a 32-bit integer`;
      return 'the nulls do not make a tree in level order (each value after the root fills a child of a node before it)';
    }
    default:
      return `expected ${formatValueType(type)}`;
  }
}

/**
 * Why a JSON value is not a value of the type, pointing into arrays ("item 3 is the string "a",
 * not …"); null when it is one. For messages about input a person typed.
 */
export function explainMismatch(type: FunctionValueType, value: Json): string | null {
  if (type.depth === 0) return explainBase(type, value);
  if (!Array.isArray(value)) return `expected a JSON array (${formatValueType(type)}), got ${kindOf(value)}`;
  const element = { base: type.base, depth: type.depth - 1 };
  for (const [index, item] of value.entries()) {
    const why = explainMismatch(element, item as Json);
    if (why !== null) return `item ${index + 1}: ${why}`;
  }
  return null;
}
