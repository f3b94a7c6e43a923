import { readFileSync } from 'node:fs';
import type { SourceFile } from '@verdict/languages';
import type { FunctionBaseType, FunctionParam, FunctionSignature, FunctionValueType } from '@verdict/problems';

/** How one language turns a signature into starter code and a driver. */
export interface FunctionTarget {
  /** Language ids served (cpp17, cpp20 and cpp23 share one). */
  languages: readonly string[];
  /** The code shown in the editor: the class or function to fill in, with the node types in a comment. */
  starter(signature: FunctionSignature): string;
  /**
   * The user's code and the generated driver as the program's files, the entry point first
   * (compileProgram writes it under the language's source name).
   */
  program(signature: FunctionSignature, userCode: string): SourceFile[];
}

/** One call the driver can make: the function, or a class's constructor or method. */
export interface Callable {
  kind: 'function' | 'constructor' | 'method';
  /** As in problem.yaml (camelCase); the class name for a constructor. */
  name: string;
  params: FunctionParam[];
  returns: FunctionValueType | null;
  /** Index of the parameter changed in place whose value is the result (void functions). */
  output: number | null;
}

export function callables(signature: FunctionSignature): Callable[] {
  if (signature.form === 'function') {
    const output = signature.output === null ? -1 : signature.params.findIndex((p) => p.name === signature.output);
    return [
      {
        kind: 'function',
        name: signature.name,
        params: signature.params,
        returns: signature.returns,
        output: output < 0 ? null : output,
      },
    ];
  }
  return [
    {
      kind: 'constructor',
      name: signature.className,
      params: signature.constructorParams,
      returns: null,
      output: null,
    },
    ...signature.methods.map((method) => ({ kind: 'method' as const, ...method, output: null })),
  ];
}

/** A name for generated helpers: `int[][]` → `int_2`. */
export function typeKey(type: FunctionValueType): string {
  return `${type.base}_${type.depth}`;
}

export function elementOf(type: FunctionValueType): FunctionValueType {
  return { base: type.base, depth: type.depth - 1 };
}

/** Every array type the signature uses, its element types included, shallowest first. */
export function arrayTypes(signature: FunctionSignature): FunctionValueType[] {
  const found = new Map<string, FunctionValueType>();
  const add = (type: FunctionValueType | null) => {
    for (let depth = 1; type !== null && depth <= type.depth; depth++) {
      const inner = { base: type.base, depth };
      found.set(typeKey(inner), inner);
    }
  };
  for (const callable of callables(signature)) {
    for (const param of callable.params) add(param.type);
    add(callable.returns);
  }
  return [...found.values()].sort((a, b) => a.depth - b.depth);
}

export function usesBase(signature: FunctionSignature, base: FunctionBaseType): boolean {
  return callables(signature).some(
    (callable) => callable.returns?.base === base || callable.params.some((param) => param.type.base === base),
  );
}

/** The type of a call's result: the return type, or the in-place parameter's. */
export function resultType(callable: Callable): FunctionValueType | null {
  return callable.output === null ? callable.returns : (callable.params[callable.output]?.type ?? null);
}

/** A static file of the drivers (runtime/), read once. */
const runtimes = new Map<string, string>();
export function runtime(name: string): string {
  let text = runtimes.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`../runtime/${name}`, import.meta.url), 'utf8');
    runtimes.set(name, text);
  }
  return text;
}

/** Indents every non-empty line. */
export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line.length > 0 ? pad + line : line))
    .join('\n');
}

/** The spec the interpreted drivers (Python, Ruby, JavaScript) read: types as [base, depth]. */
export function driverSpec(signature: FunctionSignature, rename: (name: string) => string = (name) => name): string {
  const kind = (type: FunctionValueType | null) => (type === null ? null : [type.base, type.depth]);
  const params = (list: readonly FunctionParam[]) => list.map((param) => kind(param.type));
  if (signature.form === 'function') {
    const output = signature.output === null ? null : signature.params.findIndex((p) => p.name === signature.output);
    return JSON.stringify({
      form: 'function',
      name: rename(signature.name),
      params: params(signature.params),
      returns: kind(signature.returns),
      output,
    });
  }
  return JSON.stringify({
    form: 'class',
    className: signature.className,
    ctor: params(signature.constructorParams),
    methods: Object.fromEntries(
      signature.methods.map((method) => [
        method.name,
        { call: rename(method.name), params: params(method.params), returns: kind(method.returns) },
      ]),
    ),
  });
}
