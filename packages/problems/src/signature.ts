/**
 * The `function:` key of problem.yaml, a Verdict extension of the package format: the typed
 * signature of a LeetCode-style function or class-design problem (docs/FUNCTION-PROBLEMS.md).
 */
import {
  FUNCTION_BASE_TYPES,
  type FunctionBaseType,
  type FunctionCompare,
  type FunctionMethod,
  type FunctionParam,
  type FunctionSignature,
  type FunctionTolerance,
  type FunctionValueType,
  type PackageIssue,
} from './types.ts';

/** Deepest array nesting a type may have (`int[][]`). */
export const MAX_ARRAY_DEPTH = 2;
const DEFAULT_TOLERANCE = 1e-6;

/**
 * Words no parameter, method or function may be called, in any language a driver is generated
 * for (Python, JavaScript, TypeScript, Java, C++, Go, C#, Kotlin, Rust, Ruby), before or after
 * the per-language renaming (snake_case for Rust and Ruby, PascalCase for C# and Go methods).
 */
const RESERVED = new Set(
  `abstract alias alignas alignof and and_eq as asm assert async auto await base become begin bitand bitor bool
  boolean box break byte case catch chan char checked class compl concept const consteval constexpr constinit
  continue crate debugger decimal decltype def default defer defined del delegate delete do double dyn elif else
  elsif end ensure enum event except explicit export extends extern false final finally fixed float fn for foreach
  friend from fun func global go goto if impl implements implicit import in inline instanceof int interface
  internal is lambda let lock long loop macro map match mod module move mut mutable namespace native new next nil
  noexcept none nonlocal not not_eq null nullptr object operator or or_eq out override package params pass priv
  private protected pub public raise range readonly record redo ref register rescue retry return sbyte sealed select
  self short signed sizeof stackalloc static strictfp string struct super switch symbol synchronized template then
  this throw throws trait transient true try type typealias typedef typeid typename typeof uint ulong unchecked undef
  union unless unsafe unsigned unsized until use ushort using val var virtual void volatile when where while with
  xor xor_eq yield arguments eval main constructor solution listnode treenode`.split(/\s+/),
);

/** Ruby keywords Ruby still allows as method names (an iterator's `next`); never as parameters. */
const RUBY_METHOD_NAMES = new Set(
  'alias begin defined elsif end ensure module next nil redo rescue retry then undef unless until'.split(' '),
);

/** Names a class or function may not take: the drivers' own. */
const TAKEN_NAMES = new Set(['Solution', 'Main', 'ListNode', 'TreeNode', 'Constructor', 'Program']);

const MEMBER_NAME = /^[a-z][A-Za-z0-9]*$/;
const CLASS_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** `twoSum` → `two_sum` (Rust and Ruby names). */
export function snakeCase(name: string): string {
  return name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/** `get` → `Get` (C# methods, Go methods). */
export function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** `int[][]` → { base: 'int', depth: 2 }; null when it is not a type. */
export function parseValueType(text: string): FunctionValueType | null {
  const match = /^\s*([A-Za-z]+)\s*((?:\[\s*\]\s*)*)$/.exec(text);
  if (!match) return null;
  const base = match[1] as string;
  if (!(FUNCTION_BASE_TYPES as readonly string[]).includes(base)) return null;
  const depth = (match[2] ?? '').split('[').length - 1;
  if (depth > MAX_ARRAY_DEPTH) return null;
  return { base: base as FunctionBaseType, depth };
}

/** The type written as in problem.yaml: `int[][]`. */
export function formatValueType(type: FunctionValueType | null): string {
  return type === null ? 'void' : `${type.base}${'[]'.repeat(type.depth)}`;
}

class SignatureReader {
  constructor(private readonly issues: PackageIssue[]) {}

  error(message: string): void {
    this.issues.push({ severity: 'error', file: 'problem.yaml', message: `function: ${message}` });
  }

  mapping(value: unknown, where: string): Record<string, unknown> | null {
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    this.error(`${where} must be a mapping`);
    return null;
  }

  /** A parameter's name, or with `method` a function's or method's. */
  memberName(value: unknown, where: string, method = false): string | null {
    if (typeof value !== 'string' || !MEMBER_NAME.test(value)) {
      this.error(`${where} must be a camelCase name starting with a lower-case letter, got ${JSON.stringify(value)}`);
      return null;
    }
    for (const form of new Set([value, snakeCase(value), pascalCase(value)])) {
      const word = form.toLowerCase();
      if ((RESERVED.has(word) && !(method && RUBY_METHOD_NAMES.has(word))) || TAKEN_NAMES.has(form)) {
        this.error(`${where} "${value}" is a keyword or a reserved name in one of the languages; choose another`);
        return null;
      }
    }
    return value;
  }

  type(value: unknown, where: string, allowVoid: boolean): FunctionValueType | null | undefined {
    if (allowVoid && (value === undefined || value === 'void')) return null;
    const type = typeof value === 'string' ? parseValueType(value) : null;
    if (type === null) {
      const bases = FUNCTION_BASE_TYPES.join(', ');
      this.error(`${where} must be one of ${bases}, or an array of them (T[] or T[][]), got ${JSON.stringify(value)}`);
      return undefined;
    }
    return type;
  }

  params(value: unknown, where: string): FunctionParam[] | null {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.error(`${where} must be a list of {name, type}`);
      return null;
    }
    const params: FunctionParam[] = [];
    const seen = new Set<string>();
    for (const [index, entry] of value.entries()) {
      const raw = this.mapping(entry, `${where}[${index}]`);
      if (!raw) return null;
      const name = this.memberName(raw.name, `${where}[${index}].name`);
      const type = this.type(raw.type, `${where}[${index}].type`, false);
      if (name === null || !type) return null;
      if (seen.has(name)) {
        this.error(`${where} names "${name}" twice`);
        return null;
      }
      seen.add(name);
      params.push({ name, type });
    }
    return params;
  }

  compare(
    raw: Record<string, unknown>,
    validatorFlags: readonly string[],
  ): [FunctionCompare, FunctionTolerance | null] {
    const compare = raw.compare ?? 'exact';
    if (compare !== 'exact' && compare !== 'unordered' && compare !== 'float') {
      this.error(`compare must be exact, unordered or float, got ${JSON.stringify(compare)}`);
      return ['exact', null];
    }
    if (compare !== 'float') {
      if (raw.tolerance !== undefined) this.error('tolerance needs compare: float');
      return [compare, null];
    }
    return ['float', this.tolerance(raw.tolerance, validatorFlags)];
  }

  /** `tolerance: 1e-6`, `tolerance: {absolute, relative}`, else validator_flags' float_* flags, else 1e-6. */
  tolerance(value: unknown, flags: readonly string[]): FunctionTolerance {
    const tolerance = { absolute: DEFAULT_TOLERANCE, relative: DEFAULT_TOLERANCE };
    const number = (entry: unknown, where: string): number | null => {
      const parsed = typeof entry === 'number' ? entry : typeof entry === 'string' ? Number(entry) : Number.NaN;
      if (Number.isFinite(parsed) && parsed >= 0) return parsed;
      this.error(`${where} must be a non-negative number, got ${JSON.stringify(entry)}`);
      return null;
    };
    if (value !== undefined) {
      if (typeof value === 'number' || typeof value === 'string') {
        const both = number(value, 'tolerance');
        return both === null ? tolerance : { absolute: both, relative: both };
      }
      const raw = this.mapping(value, 'tolerance');
      if (!raw) return tolerance;
      const absolute = raw.absolute === undefined ? 0 : number(raw.absolute, 'tolerance.absolute');
      const relative = raw.relative === undefined ? 0 : number(raw.relative, 'tolerance.relative');
      return { absolute: absolute ?? 0, relative: relative ?? 0 };
    }
    let fromFlags = false;
    for (let i = 0; i < flags.length; i++) {
      const flag = flags[i];
      if (flag !== 'float_tolerance' && flag !== 'float_absolute_tolerance' && flag !== 'float_relative_tolerance')
        continue;
      const parsed = number(flags[++i], `validator_flags ${flag}`);
      if (parsed === null) continue;
      if (!fromFlags) Object.assign(tolerance, { absolute: 0, relative: 0 });
      fromFlags = true;
      if (flag !== 'float_relative_tolerance') tolerance.absolute = parsed;
      if (flag !== 'float_absolute_tolerance') tolerance.relative = parsed;
    }
    return tolerance;
  }
}

function readFunctionForm(
  reader: SignatureReader,
  raw: Record<string, unknown>,
  compare: [FunctionCompare, FunctionTolerance | null],
): FunctionSignature | null {
  const name = reader.memberName(raw.name, 'name', true);
  const params = reader.params(raw.params, 'params');
  const returns = reader.type(raw.returns, 'returns', true);
  if (name === null || params === null || returns === undefined) return null;
  let output: string | null = null;
  if (raw.output !== undefined) {
    if (returns !== null) reader.error('output (the parameter changed in place) needs returns: void');
    else if (!params.some((param) => param.name === raw.output))
      reader.error(`output must name a parameter, got ${JSON.stringify(raw.output)}`);
    else output = raw.output as string;
  }
  return { form: 'function', name, params, returns, output, compare: compare[0], tolerance: compare[1] };
}

function readClassForm(
  reader: SignatureReader,
  raw: Record<string, unknown>,
  compare: [FunctionCompare, FunctionTolerance | null],
): FunctionSignature | null {
  const className = raw.class;
  if (typeof className !== 'string' || !CLASS_NAME.test(className) || TAKEN_NAMES.has(className)) {
    reader.error(`class must be a PascalCase name other than ${[...TAKEN_NAMES].join(', ')}`);
    return null;
  }
  // every object has a `constructor`: only the key problem.yaml wrote counts
  const constructorParams = reader.params(
    Object.hasOwn(raw, 'constructor') ? raw.constructor : undefined,
    'constructor',
  );
  if (!Array.isArray(raw.methods) || raw.methods.length === 0) {
    reader.error('methods must be a non-empty list of {name, params, returns}');
    return null;
  }
  const methods: FunctionMethod[] = [];
  for (const [index, entry] of raw.methods.entries()) {
    const method = reader.mapping(entry, `methods[${index}]`);
    if (!method) return null;
    const name = reader.memberName(method.name, `methods[${index}].name`, true);
    const params = reader.params(method.params, `methods[${index}].params`);
    const returns = reader.type(method.returns, `methods[${index}].returns`, true);
    if (name === null || params === null || returns === undefined) return null;
    if (methods.some((other) => other.name === name)) {
      reader.error(`methods names "${name}" twice (overloads are not supported)`);
      return null;
    }
    methods.push({ name, params, returns });
  }
  if (constructorParams === null) return null;
  return { form: 'class', className, constructorParams, methods, compare: compare[0], tolerance: compare[1] };
}

/**
 * Reads problem.yaml's `function:` mapping; problems go to `issues` and give undefined.
 *
 * @example
 * // function: {name: twoSum, params: [{name: nums, type: "int[]"}, {name: target, type: int}], returns: "int[]"}
 */
export function readSignature(
  value: unknown,
  validatorFlags: readonly string[],
  issues: PackageIssue[],
): FunctionSignature | undefined {
  const reader = new SignatureReader(issues);
  const raw = reader.mapping(value, 'the value');
  if (!raw) return undefined;
  const known = new Set([
    'name',
    'params',
    'returns',
    'output',
    'class',
    'constructor',
    'methods',
    'compare',
    'tolerance',
  ]);
  for (const key of Object.keys(raw)) {
    if (!known.has(key))
      issues.push({ severity: 'warning', file: 'problem.yaml', message: `function: unknown key "${key}"` });
  }
  const compare = reader.compare(raw, validatorFlags);
  if (raw.class !== undefined && raw.name !== undefined) {
    reader.error('give either name (a function) or class (a class design), not both');
    return undefined;
  }
  const signature =
    raw.class !== undefined ? readClassForm(reader, raw, compare) : readFunctionForm(reader, raw, compare);
  return signature ?? undefined;
}
