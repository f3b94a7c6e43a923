import type { FunctionBaseType, FunctionSignature, FunctionValueType } from '@verdict/problems';
import { type Callable, callables, driverSpec, type FunctionTarget, runtime, usesBase } from './common.ts';

const TYPES: Record<FunctionBaseType, string> = {
  int: 'number',
  long: 'bigint',
  double: 'number',
  bool: 'boolean',
  string: 'string',
  ListNode: 'ListNode | null',
  TreeNode: 'TreeNode | null',
};

/** The type as TypeScript and JSDoc write it: `number[][]`, `(ListNode | null)[]`. */
export function scriptType(type: FunctionValueType | null): string {
  if (type === null) return 'void';
  const name = TYPES[type.base];
  if (type.depth === 0) return name;
  return (name.includes(' ') ? `(${name})` : name) + '[]'.repeat(type.depth);
}

const JS_LIST = `/**
 * Definition for singly-linked list.
 * function ListNode(val, next) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.next = (next===undefined ? null : next)
 * }
 */
`;
const JS_TREE = `/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
`;
const TS_LIST = `/**
 * Definition for singly-linked list.
 * class ListNode {
 *     val: number
 *     next: ListNode | null
 *     constructor(val?: number, next?: ListNode | null) {
 *         this.val = (val===undefined ? 0 : val)
 *         this.next = (next===undefined ? null : next)
 *     }
 * }
 */
`;
const TS_TREE = `/**
 * Definition for a binary tree node.
 * class TreeNode {
 *     val: number
 *     left: TreeNode | null
 *     right: TreeNode | null
 *     constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {
 *         this.val = (val===undefined ? 0 : val)
 *         this.left = (left===undefined ? null : left)
 *         this.right = (right===undefined ? null : right)
 *     }
 * }
 */
`;

/** What TypeScript must know of the driver's globals to type-check the user's code. */
const TS_DECLARATIONS: Record<'ListNode' | 'TreeNode', string> = {
  ListNode:
    'declare class ListNode { val: number; next: ListNode | null; constructor(val?: number, next?: ListNode | null); }',
  TreeNode:
    'declare class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null; constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null); }',
};

function comments(signature: FunctionSignature, list: string, tree: string): string {
  return (usesBase(signature, 'ListNode') ? list : '') + (usesBase(signature, 'TreeNode') ? tree : '');
}

function jsdoc(callable: Callable, pad: string): string {
  const lines = callable.params.map((param) => `${pad} * @param {${scriptType(param.type)}} ${param.name}`);
  if (callable.kind !== 'constructor') lines.push(`${pad} * @return {${scriptType(callable.returns)}}`);
  // a constructor without parameters has nothing to document
  if (lines.length === 0) return '';
  return `${pad}/**\n${lines.join('\n')}\n${pad} */\n`;
}

function jsStarter(signature: FunctionSignature): string {
  const head = comments(signature, JS_LIST, JS_TREE);
  const params = (callable: Callable) => callable.params.map((param) => param.name).join(', ');
  if (signature.form === 'function') {
    const callable = callables(signature)[0] as Callable;
    return `${head}${jsdoc(callable, '')}var ${callable.name} = function(${params(callable)}) {\n    \n};\n`;
  }
  const members = callables(signature).map((callable) => {
    const name = callable.kind === 'constructor' ? 'constructor' : callable.name;
    return `${jsdoc(callable, '    ')}    ${name}(${params(callable)}) {\n        \n    }\n`;
  });
  return `${head}class ${signature.className} {\n${members.join('\n')}}\n`;
}

function tsStarter(signature: FunctionSignature): string {
  const head = comments(signature, TS_LIST, TS_TREE);
  const params = (callable: Callable) =>
    callable.params.map((param) => `${param.name}: ${scriptType(param.type)}`).join(', ');
  if (signature.form === 'function') {
    const callable = callables(signature)[0] as Callable;
    return `${head}function ${callable.name}(${params(callable)}): ${scriptType(callable.returns)} {\n    \n};\n`;
  }
  const members = callables(signature).map((callable) =>
    callable.kind === 'constructor'
      ? `    constructor(${params(callable)}) {\n        \n    }\n`
      : `    ${callable.name}(${params(callable)}): ${scriptType(callable.returns)} {\n        \n    }\n`,
  );
  return `${head}class ${signature.className} {\n${members.join('\n')}}\n`;
}

const DRIVER = 'verdict-driver.js';
/** On the user's first line, so line numbers hold: the driver reads the tests before the user's code runs. */
const REQUIRE = `require('./${DRIVER}'); `;

/** The spec, with how many lines the user's code has (the driver shows only their frames). */
function spec(signature: FunctionSignature, userCode: string): string {
  return JSON.stringify({ ...JSON.parse(driverSpec(signature)), lines: userCode.split('\n').length });
}

function entryName(signature: FunctionSignature): string {
  return signature.form === 'function' ? signature.name : signature.className;
}

/** JavaScript: the user's top-level function or class, called by verdict-driver.js. */
export const javascriptTarget: FunctionTarget = {
  languages: ['javascript'],
  starter: jsStarter,
  program(signature, userCode) {
    const name = entryName(signature);
    const call = `require('./${DRIVER}').run(${spec(signature, userCode)}, typeof ${name} === 'undefined' ? undefined : ${name});`;
    return [
      { name: 'main.js', content: `${REQUIRE}${userCode}\n;${call}\n` },
      { name: DRIVER, content: runtime(DRIVER) },
    ];
  },
};

/** TypeScript: as JavaScript, with ListNode and TreeNode declared for the type checker. */
export const typescriptTarget: FunctionTarget = {
  languages: ['typescript'],
  starter: tsStarter,
  program(signature, userCode) {
    const declarations = (['ListNode', 'TreeNode'] as const)
      .filter((base) => usesBase(signature, base))
      .map((base) => TS_DECLARATIONS[base]);
    const call = `(require('./${DRIVER}') as { run(spec: unknown, target: unknown): void }).run(${spec(signature, userCode)}, ${entryName(signature)});`;
    return [
      { name: 'main.ts', content: `${REQUIRE}${userCode}\n${declarations.join('\n')}\n;${call}\n` },
      { name: DRIVER, content: runtime(DRIVER) },
    ];
  },
};
