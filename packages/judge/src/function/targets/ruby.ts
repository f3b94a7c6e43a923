import { type FunctionBaseType, type FunctionSignature, type FunctionValueType, snakeCase } from '@verdict/problems';
import { type Callable, callables, driverSpec, type FunctionTarget, runtime, usesBase } from './common.ts';

const TYPES: Record<FunctionBaseType, string> = {
  int: 'Integer',
  long: 'Integer',
  double: 'Float',
  bool: 'Boolean',
  string: 'String',
  ListNode: 'ListNode',
  TreeNode: 'TreeNode',
};

export function rubyType(type: FunctionValueType | null): string {
  return type === null ? 'Void' : TYPES[type.base] + '[]'.repeat(type.depth);
}

const LIST_COMMENT = `# Definition for singly-linked list.
# class ListNode
#     attr_accessor :val, :next
#     def initialize(val = 0, _next = nil)
#         @val = val
#         @next = _next
#     end
# end
`;

const TREE_COMMENT = `# Definition for a binary tree node.
# class TreeNode
#     attr_accessor :val, :left, :right
#     def initialize(val = 0, left = nil, right = nil)
#         @val = val
#         @left = left
#         @right = right
#     end
# end
`;

function def(callable: Callable, pad: string): string {
  const docs = callable.params.map((param) => `${pad}# @param {${rubyType(param.type)}} ${snakeCase(param.name)}\n`);
  if (callable.kind !== 'constructor') docs.push(`${pad}# @return {${rubyType(callable.returns)}}\n`);
  const name = callable.kind === 'constructor' ? 'initialize' : snakeCase(callable.name);
  const params = callable.params.map((param) => snakeCase(param.name)).join(', ');
  return `${docs.join('')}${pad}def ${name}(${params})\n${pad}    \n${pad}end\n`;
}

/** Ruby: a top-level method (snake_case) or a class; main.rb requires verdict_driver.rb on its first line. */
export const rubyTarget: FunctionTarget = {
  languages: ['ruby'],
  starter(signature: FunctionSignature) {
    const comments =
      (usesBase(signature, 'ListNode') ? LIST_COMMENT : '') + (usesBase(signature, 'TreeNode') ? TREE_COMMENT : '');
    if (signature.form === 'function') return `${comments}${def(callables(signature)[0] as Callable, '')}`;
    const members = callables(signature).map((callable) => def(callable, '    '));
    return `${comments}class ${signature.className}\n${members.join('\n')}end\n`;
  },
  program(signature, userCode) {
    const spec = driverSpec(signature, snakeCase);
    return [
      { name: 'main.rb', content: `require_relative 'verdict_driver'; ${userCode}\nVerdictDriver.run('${spec}')\n` },
      { name: 'verdict_driver.rb', content: runtime('verdict_driver.rb') },
    ];
  },
};
