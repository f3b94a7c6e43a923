import type { FunctionBaseType, FunctionSignature, FunctionValueType } from '@verdict/problems';
import {
  arrayTypes,
  type Callable,
  callables,
  elementOf,
  type FunctionTarget,
  indent,
  resultType,
  runtime,
  typeKey,
} from './common.ts';
import { nodeComments } from './java.ts';

const TYPES: Record<FunctionBaseType, { name: string; read: string; write: string }> = {
  int: { name: 'int', read: 'r.readInt()', write: 'w.writeInt' },
  long: { name: 'long long', read: 'r.readLong()', write: 'w.writeLong' },
  double: { name: 'double', read: 'r.readDouble()', write: 'w.writeDouble' },
  bool: { name: 'bool', read: 'r.readBool()', write: 'w.writeBool' },
  string: { name: 'string', read: 'r.readString()', write: 'w.writeString' },
  ListNode: { name: 'ListNode*', read: 'r.readList()', write: 'w.writeList' },
  TreeNode: { name: 'TreeNode*', read: 'r.readTree()', write: 'w.writeTree' },
};

export function cppType(type: FunctionValueType): string {
  let name = TYPES[type.base].name;
  for (let depth = 0; depth < type.depth; depth++) name = `vector<${name}>`;
  return name;
}

/** As LeetCode writes parameters: arrays by reference. */
function paramType(type: FunctionValueType): string {
  return type.depth > 0 ? `${cppType(type)}&` : cppType(type);
}

function readExpr(type: FunctionValueType): string {
  return type.depth === 0 ? TYPES[type.base].read : `verdict_read_${typeKey(type)}(r)`;
}

function writeStmt(type: FunctionValueType, value: string): string {
  return type.depth === 0 ? `${TYPES[type.base].write}(${value});` : `verdict_write_${typeKey(type)}(w, ${value});`;
}

function arrayHelpers(type: FunctionValueType): string {
  const element = elementOf(type);
  return `${cppType(type)} verdict_read_${typeKey(type)}(verdict::Reader &r) {
    ${cppType(type)} v;
    r.expect('[');
    if (!r.empty()) do v.push_back(${readExpr(element)}); while (r.more());
    return v;
}

void verdict_write_${typeKey(type)}(verdict::Writer &w, const ${cppType(type)} &v) {
    w.raw("[");
    for (size_t k = 0; k < v.size(); k++) {
        if (k > 0) w.raw(",");
        ${writeStmt(element, 'v[k]')}
    }
    w.raw("]");
}`;
}

function invoke(callable: Callable, target: string, first: boolean): string {
  const lines = callable.params.map((param, index) => {
    const separator = first && index === 0 ? '' : "r.expect(',');\n";
    return `${separator}${cppType(param.type)} a${index} = ${readExpr(param.type)};`;
  });
  const args = callable.params.map((_, index) => `a${index}`).join(', ');
  lines.push(`r.expect(']');`, 'verdict::parsing = false;');
  if (callable.kind === 'constructor') {
    lines.push(`obj = new ${callable.name}(${args});`, 'w.raw("null");');
    return lines.join('\n');
  }
  const call = `${target}->${callable.name}(${args})`;
  if (callable.returns !== null) {
    lines.push(`${cppType(callable.returns)} result = ${call};`, writeStmt(callable.returns, 'result'));
  } else {
    lines.push(`${call};`);
    const output = resultType(callable);
    lines.push(callable.output !== null && output ? writeStmt(output, `a${callable.output}`) : 'w.raw("null");');
  }
  return lines.join('\n');
}

function runFunction(signature: FunctionSignature): string {
  const head = 'verdict::Reader r(line);\nverdict::Writer w;\n';
  if (signature.form === 'function') {
    const callable = callables(signature)[0] as Callable;
    return `std::string verdict_run(const std::string &line) {
${indent(`${head}r.expect('[');\n${invoke(callable, '(new Solution())', true)}`, 4)}
    return w.b;
}`;
  }
  const branches = callables(signature).map(
    (callable) => `if (op == "${callable.name}") {\n${indent(invoke(callable, 'obj', false), 4)}\n} else`,
  );
  return `std::string verdict_run(const std::string &line) {
${indent(head, 4)}
    ${signature.className} *obj = nullptr;
    r.expect('[');
    w.raw("[");
    int calls = 0;
    do {
        verdict::parsing = true;
        r.expect('[');
        std::string op = r.readString();
        if (calls++ > 0) w.raw(",");
${indent(branches.join(' '), 8)} {
            throw verdict::InputError("unknown operation " + op);
        }
    } while (r.more());
    w.raw("]");
    return w.b;
}`;
}

const LIST_COMMENT = `/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     ListNode *next;
 *     ListNode() : val(0), next(nullptr) {}
 *     ListNode(int x) : val(x), next(nullptr) {}
 *     ListNode(int x, ListNode *next) : val(x), next(next) {}
 * };
 */`;

const TREE_COMMENT = `/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     TreeNode *left;
 *     TreeNode *right;
 *     TreeNode() : val(0), left(nullptr), right(nullptr) {}
 *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
 *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
 * };
 */`;

function member(callable: Callable): string {
  const params = callable.params.map((param) => `${paramType(param.type)} ${param.name}`).join(', ');
  if (callable.kind === 'constructor') return `    ${callable.name}(${params}) {\n        \n    }`;
  return `    ${callable.returns ? cppType(callable.returns) : 'void'} ${callable.name}(${params}) {\n        \n    }`;
}

/** C++ (17, 20, 23): one file, the driver around the user's code, which #line names solution.cpp. */
export const cppTarget: FunctionTarget = {
  languages: ['cpp17', 'cpp20', 'cpp23'],
  starter(signature) {
    const comments = nodeComments(signature, LIST_COMMENT, TREE_COMMENT);
    const name = signature.form === 'function' ? 'Solution' : signature.className;
    return `${comments}class ${name} {\npublic:\n${callables(signature).map(member).join('\n\n')}\n};\n`;
  },
  program(signature, userCode) {
    const prologue = runtime('verdict_driver.cpp');
    const glue = [...arrayTypes(signature).map(arrayHelpers), runFunction(signature)].join('\n\n');
    const afterUser = prologue.split('\n').length + userCode.split('\n').length + 2;
    const content = `${prologue}\n#line 1 "solution.cpp"\n${userCode}\n#line ${afterUser} "main.cpp"\n${glue}\n\nint main() { return verdict::loop(verdict_run); }\n`;
    return [{ name: 'main.cpp', content }];
  },
};
