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

/** name, its array type (IntArray) when Kotlin has one, reader, writer. */
const TYPES: Record<FunctionBaseType, { name: string; array: string | null; read: string; write: string }> = {
  int: { name: 'Int', array: 'IntArray', read: 'r.readInt()', write: 'w.writeInt' },
  long: { name: 'Long', array: 'LongArray', read: 'r.readLong()', write: 'w.writeLong' },
  double: { name: 'Double', array: 'DoubleArray', read: 'r.readDouble()', write: 'w.writeDouble' },
  bool: { name: 'Boolean', array: 'BooleanArray', read: 'r.readBool()', write: 'w.writeBool' },
  string: { name: 'String', array: null, read: 'r.readString()', write: 'w.writeString' },
  ListNode: { name: 'ListNode?', array: null, read: 'r.readList()', write: 'w.writeList' },
  TreeNode: { name: 'TreeNode?', array: null, read: 'r.readTree()', write: 'w.writeTree' },
};

/** `int[][]` → `Array<IntArray>`, as LeetCode's Kotlin writes it. */
export function kotlinType(type: FunctionValueType): string {
  const info = TYPES[type.base];
  if (type.depth === 0) return info.name;
  let name = info.array ?? `Array<${info.name}>`;
  for (let depth = 1; depth < type.depth; depth++) name = `Array<${name}>`;
  return name;
}

function readExpr(type: FunctionValueType): string {
  return type.depth === 0 ? TYPES[type.base].read : `verdictRead_${typeKey(type)}(r)`;
}

function writeStmt(type: FunctionValueType, value: string): string {
  return type.depth === 0 ? `${TYPES[type.base].write}(${value})` : `verdictWrite_${typeKey(type)}(w, ${value})`;
}

function arrayHelpers(type: FunctionValueType): string {
  const element = elementOf(type);
  const info = TYPES[type.base];
  const convert = element.depth === 0 && info.array ? `to${info.array}()` : 'toTypedArray()';
  return `fun verdictRead_${typeKey(type)}(r: VerdictReader): ${kotlinType(type)} {
    val list = ArrayList<${kotlinType(element)}>()
    r.expect('[')
    if (!r.empty()) do list.add(${readExpr(element)}) while (r.more())
    return list.${convert}
}

fun verdictWrite_${typeKey(type)}(w: VerdictWriter, v: ${kotlinType(type)}?) {
    if (v == null) {
        w.raw("null")
        return
    }
    w.raw("[")
    for (k in v.indices) {
        if (k > 0) w.raw(",")
        ${writeStmt(element, 'v[k]')}
    }
    w.raw("]")
}`;
}

function invoke(callable: Callable, target: string, first: boolean): string {
  const lines = callable.params.map((param, index) => {
    const separator = first && index === 0 ? '' : "r.expect(',')\n";
    return `${separator}val a${index} = ${readExpr(param.type)}`;
  });
  const args = callable.params.map((_, index) => `a${index}`).join(', ');
  lines.push(`r.expect(']')`, 'VerdictDriver.parsing = false');
  if (callable.kind === 'constructor') {
    lines.push(`obj = ${callable.name}(${args})`, 'w.raw("null")');
    return lines.join('\n');
  }
  const call = `${target}.${callable.name}(${args})`;
  if (callable.returns !== null) {
    lines.push(`val result = ${call}`, writeStmt(callable.returns, 'result'));
  } else {
    lines.push(call);
    const output = resultType(callable);
    lines.push(callable.output !== null && output ? writeStmt(output, `a${callable.output}`) : 'w.raw("null")');
  }
  return lines.join('\n');
}

function runFunction(signature: FunctionSignature): string {
  const head = `fun verdictRun(line: String): String {
    val r = VerdictReader(line)
    val w = VerdictWriter()`;
  if (signature.form === 'function') {
    return `${head}
    r.expect('[')
${indent(invoke(callables(signature)[0] as Callable, 'Solution()', true), 4)}
    return w.toString()
}`;
  }
  const branches = callables(signature).map(
    (callable) => `"${callable.name}" -> {\n${indent(invoke(callable, 'obj!!', false), 4)}\n}`,
  );
  return `${head}
    var obj: ${signature.className}? = null
    r.expect('[')
    w.raw("[")
    var calls = 0
    do {
        VerdictDriver.parsing = true
        r.expect('[')
        val op = r.readString()
        if (calls++ > 0) w.raw(",")
        when (op) {
${indent(branches.join('\n'), 12)}
            else -> throw IllegalArgumentException("unknown operation " + op)
        }
    } while (r.more())
    w.raw("]")
    return w.toString()
}`;
}

const LIST_COMMENT = `/**
 * Example:
 * var li = ListNode(5)
 * var v = li.\`val\`
 * Definition for singly-linked list.
 * class ListNode(var \`val\`: Int) {
 *     var next: ListNode? = null
 * }
 */`;

const TREE_COMMENT = `/**
 * Example:
 * var ti = TreeNode(5)
 * var v = ti.\`val\`
 * Definition for a binary tree node.
 * class TreeNode(var \`val\`: Int) {
 *     var left: TreeNode? = null
 *     var right: TreeNode? = null
 * }
 */`;

function params(callable: Callable): string {
  return callable.params.map((param) => `${param.name}: ${kotlinType(param.type)}`).join(', ');
}

function member(callable: Callable): string {
  const returns = callable.returns ? `: ${kotlinType(callable.returns)}` : '';
  return `    fun ${callable.name}(${params(callable)})${returns} {\n        \n    }`;
}

/** Kotlin: the user's class in solution.kt, the driver and main() in main.kt. */
export const kotlinTarget: FunctionTarget = {
  languages: ['kotlin'],
  starter(signature) {
    const comments = nodeComments(signature, LIST_COMMENT, TREE_COMMENT);
    if (signature.form === 'function') {
      return `${comments}class Solution {\n${member(callables(signature)[0] as Callable)}\n}\n`;
    }
    const [creator, ...methods] = callables(signature) as [Callable, ...Callable[]];
    return `${comments}class ${signature.className}(${params(creator)}) {\n\n${methods.map(member).join('\n\n')}\n\n}\n`;
  },
  program(signature, userCode) {
    const glue = [...arrayTypes(signature).map(arrayHelpers), runFunction(signature)].join('\n\n');
    const main = `${runtime('verdict_driver.kt')}\n${glue}\n\nfun main() {\n    VerdictDriver.loop(::verdictRun)\n}\n`;
    return [
      { name: 'main.kt', content: main },
      { name: 'solution.kt', content: userCode },
    ];
  },
};
