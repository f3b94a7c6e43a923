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
  usesBase,
} from './common.ts';

/** Java's names, readers and writers per base type; arrays are built from these. */
const TYPES: Record<FunctionBaseType, { name: string; boxed: string; read: string; write: string }> = {
  int: { name: 'int', boxed: 'Integer', read: 'r.readInt()', write: 'w.writeInt' },
  long: { name: 'long', boxed: 'Long', read: 'r.readLong()', write: 'w.writeLong' },
  double: { name: 'double', boxed: 'Double', read: 'r.readDouble()', write: 'w.writeDouble' },
  bool: { name: 'boolean', boxed: 'Boolean', read: 'r.readBool()', write: 'w.writeBool' },
  string: { name: 'String', boxed: 'String', read: 'r.readString()', write: 'w.writeString' },
  ListNode: { name: 'ListNode', boxed: 'ListNode', read: 'r.readList()', write: 'w.writeList' },
  TreeNode: { name: 'TreeNode', boxed: 'TreeNode', read: 'r.readTree()', write: 'w.writeTree' },
};

export function javaType(type: FunctionValueType): string {
  return TYPES[type.base].name + '[]'.repeat(type.depth);
}

function readExpr(type: FunctionValueType): string {
  return type.depth === 0 ? TYPES[type.base].read : `read_${typeKey(type)}(r)`;
}

function writeStmt(type: FunctionValueType, value: string): string {
  return type.depth === 0 ? `${TYPES[type.base].write}(${value});` : `write_${typeKey(type)}(w, ${value});`;
}

function arrayHelpers(type: FunctionValueType): string {
  const name = javaType(type);
  const element = elementOf(type);
  const boxed = element.depth === 0 ? TYPES[type.base].boxed : javaType(element);
  const allocate = `new ${TYPES[type.base].name}[list.size()]${'[]'.repeat(type.depth - 1)}`;
  return `static ${name} read_${typeKey(type)}(VerdictReader r) {
    java.util.ArrayList<${boxed}> list = new java.util.ArrayList<>();
    r.expect('[');
    if (!r.empty()) do list.add(${readExpr(element)}); while (r.more());
    ${name} array = ${allocate};
    for (int k = 0; k < array.length; k++) array[k] = list.get(k);
    return array;
}

static void write_${typeKey(type)}(VerdictWriter w, ${name} v) {
    if (v == null) { w.raw("null"); return; }
    w.raw("[");
    for (int k = 0; k < v.length; k++) {
        if (k > 0) w.raw(",");
        ${writeStmt(element, 'v[k]')}
    }
    w.raw("]");
}`;
}

/** Reads the call's arguments (each after a comma), then the call itself and its result. */
function invoke(callable: Callable, target: string, first: boolean): string {
  const lines = callable.params.map((param, index) => {
    const separator = first && index === 0 ? '' : "r.expect(',');\n";
    return `${separator}${javaType(param.type)} a${index} = ${readExpr(param.type)};`;
  });
  const args = callable.params.map((_, index) => `a${index}`).join(', ');
  lines.push(`r.expect(']');`, 'VerdictDriver.parsing = false;');
  if (callable.kind === 'constructor') {
    lines.push(`obj = new ${callable.name}(${args});`, 'w.raw("null");');
    return lines.join('\n');
  }
  const call = `${target}.${callable.name}(${args})`;
  if (callable.returns !== null) {
    lines.push(`${javaType(callable.returns)} result = ${call};`, writeStmt(callable.returns, 'result'));
  } else {
    lines.push(`${call};`);
    const output = resultType(callable);
    lines.push(callable.output !== null && output ? writeStmt(output, `a${callable.output}`) : 'w.raw("null");');
  }
  return lines.join('\n');
}

function runMethod(signature: FunctionSignature): string {
  if (signature.form === 'function') {
    const [callable] = callables(signature) as [Callable];
    return `static String run(String line) throws Throwable {
    VerdictReader r = new VerdictReader(line);
    VerdictWriter w = new VerdictWriter();
    r.expect('[');
${indent(invoke(callable, 'new Solution()', true), 4)}
    return w.toString();
}`;
  }
  const cases = callables(signature).map(
    (callable) => `case "${callable.name}": {\n${indent(invoke(callable, 'obj', false), 4)}\n    break;\n}`,
  );
  return `static String run(String line) throws Throwable {
    VerdictReader r = new VerdictReader(line);
    VerdictWriter w = new VerdictWriter();
    ${signature.className} obj = null;
    r.expect('[');
    w.raw("[");
    int calls = 0;
    do {
        VerdictDriver.parsing = true;
        r.expect('[');
        String op = r.readString();
        if (calls++ > 0) w.raw(",");
        switch (op) {
${indent(cases.join('\n'), 12)}
            default: throw new IllegalArgumentException("unknown operation " + op);
        }
    } while (r.more());
    w.raw("]");
    return w.toString();
}`;
}

const LIST_COMMENT = `/**
 * Definition for singly-linked list.
 * public class ListNode {
 *     int val;
 *     ListNode next;
 *     ListNode() {}
 *     ListNode(int val) { this.val = val; }
 *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }
 * }
 */`;

const TREE_COMMENT = `/**
 * Definition for a binary tree node.
 * public class TreeNode {
 *     int val;
 *     TreeNode left;
 *     TreeNode right;
 *     TreeNode() {}
 *     TreeNode(int val) { this.val = val; }
 *     TreeNode(int val, TreeNode left, TreeNode right) {
 *         this.val = val;
 *         this.left = left;
 *         this.right = right;
 *     }
 * }
 */`;

/** The comments that show ListNode and TreeNode (both Java and Kotlin-like languages reuse the idea). */
export function nodeComments(signature: FunctionSignature, list: string, tree: string): string {
  const parts = [usesBase(signature, 'ListNode') ? list : '', usesBase(signature, 'TreeNode') ? tree : ''];
  return parts
    .filter((part) => part !== '')
    .map((part) => `${part}\n`)
    .join('');
}

function method(callable: Callable, returns: string, body = ''): string {
  const params = callable.params.map((param) => `${javaType(param.type)} ${param.name}`).join(', ');
  return `    public ${returns}${callable.name}(${params}) {\n        ${body}\n    }`;
}

/** Java: class Solution (or the design's class) in its own file, Main.java the driver. */
export const javaTarget: FunctionTarget = {
  languages: ['java'],
  starter(signature) {
    const comments = nodeComments(signature, LIST_COMMENT, TREE_COMMENT);
    if (signature.form === 'function') {
      const [callable] = callables(signature) as [Callable];
      const returns = `${callable.returns ? javaType(callable.returns) : 'void'} `;
      return `${comments}class Solution {\n${method(callable, returns)}\n}\n`;
    }
    const members = callables(signature).map((callable) =>
      callable.kind === 'constructor'
        ? method(callable, '')
        : method(callable, `${callable.returns ? javaType(callable.returns) : 'void'} `),
    );
    return `${comments}class ${signature.className} {\n\n${members.join('\n\n')}\n}\n`;
  },
  program(signature, userCode) {
    const helpers = arrayTypes(signature).map(arrayHelpers);
    const main = `public class Main {
${indent([...helpers, runMethod(signature)].join('\n\n'), 4)}

    public static void main(String[] args) throws Exception {
        VerdictDriver.main(Main::run);
    }
}
`;
    const className = signature.form === 'function' ? 'Solution' : signature.className;
    // LeetCode's Java has java.util and friends imported; on the first line, so line numbers hold
    const imports = 'import java.util.*; import java.util.function.*; import java.util.stream.*; ';
    return [
      { name: 'Main.java', content: `${runtime('VerdictDriver.java')}\n${main}` },
      { name: `${className}.java`, content: `${imports}${userCode}` },
    ];
  },
};
