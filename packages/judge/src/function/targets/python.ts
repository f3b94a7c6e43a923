import type { FunctionBaseType, FunctionSignature, FunctionValueType } from '@verdict/problems';
import { type Callable, callables, driverSpec, type FunctionTarget, runtime, usesBase } from './common.ts';

const TYPES: Record<FunctionBaseType, string> = {
  int: 'int',
  long: 'int',
  double: 'float',
  bool: 'bool',
  string: 'str',
  ListNode: 'Optional[ListNode]',
  TreeNode: 'Optional[TreeNode]',
};

export function pythonType(type: FunctionValueType | null): string {
  if (type === null) return 'None';
  let name = TYPES[type.base];
  for (let depth = 0; depth < type.depth; depth++) name = `List[${name}]`;
  return name;
}

const LIST_COMMENT = `# Definition for singly-linked list.
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
`;

const TREE_COMMENT = `# Definition for a binary tree node.
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
`;

function def(callable: Callable): string {
  const params = ['self', ...callable.params.map((param) => `${param.name}: ${pythonType(param.type)}`)].join(', ');
  if (callable.kind === 'constructor') return `    def __init__(${params}):\n        \n`;
  return `    def ${callable.name}(${params}) -> ${pythonType(callable.returns)}:\n        \n`;
}

/** Python: main.py is one import line, the user's code, then the call into verdict_driver.py. */
export const pythonTarget: FunctionTarget = {
  languages: ['python3', 'pypy3'],
  starter(signature: FunctionSignature) {
    const comments =
      (usesBase(signature, 'ListNode') ? LIST_COMMENT : '') + (usesBase(signature, 'TreeNode') ? TREE_COMMENT : '');
    const name = signature.form === 'function' ? 'Solution' : signature.className;
    return `${comments}class ${name}:\n${signature.form === 'class' ? '\n' : ''}${callables(signature).map(def).join('\n')}`;
  },
  program(signature, userCode) {
    // __future__ imports must come first; everything else keeps its line (one below in tracebacks, which the driver corrects)
    const future = userCode.split('\n').filter((line) => /^from __future__ import /.test(line));
    const body = userCode
      .split('\n')
      .map((line) => (future.includes(line) ? '' : line))
      .join('\n');
    const head = `${future.map((line) => `${line}; `).join('')}from verdict_driver import *  # noqa: F403 - ListNode, TreeNode, List, Optional, ...`;
    const tail = `\n\nimport verdict_driver as _verdict_driver  # noqa: E402\n_verdict_driver._run(globals(), '${driverSpec(signature)}')\n`;
    return [
      { name: 'main.py', content: `${head}\n${body}${tail}` },
      { name: 'verdict_driver.py', content: runtime('verdict_driver.py') },
    ];
  },
};
