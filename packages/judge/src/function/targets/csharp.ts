import { type FunctionBaseType, type FunctionSignature, type FunctionValueType, pascalCase } from '@verdict/problems';
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
  int: { name: 'int', read: 'r.ReadInt()', write: 'w.WriteInt' },
  long: { name: 'long', read: 'r.ReadLong()', write: 'w.WriteLong' },
  double: { name: 'double', read: 'r.ReadDouble()', write: 'w.WriteDouble' },
  bool: { name: 'bool', read: 'r.ReadBool()', write: 'w.WriteBool' },
  string: { name: 'string', read: 'r.ReadString()', write: 'w.WriteString' },
  ListNode: { name: 'ListNode', read: 'r.ReadList()', write: 'w.WriteList' },
  TreeNode: { name: 'TreeNode', read: 'r.ReadTree()', write: 'w.WriteTree' },
};

export function csharpType(type: FunctionValueType): string {
  return TYPES[type.base].name + '[]'.repeat(type.depth);
}

function readExpr(type: FunctionValueType): string {
  return type.depth === 0 ? TYPES[type.base].read : `Read_${typeKey(type)}(r)`;
}

function writeStmt(type: FunctionValueType, value: string): string {
  return type.depth === 0 ? `${TYPES[type.base].write}(${value});` : `Write_${typeKey(type)}(w, ${value});`;
}

function arrayHelpers(type: FunctionValueType): string {
  const element = elementOf(type);
  return `static ${csharpType(type)} Read_${typeKey(type)}(VerdictReader r) {
    var list = new System.Collections.Generic.List<${csharpType(element)}>();
    r.Expect('[');
    if (!r.Empty()) do list.Add(${readExpr(element)}); while (r.More());
    return list.ToArray();
}

static void Write_${typeKey(type)}(VerdictWriter w, ${csharpType(type)} v) {
    if (v == null) { w.Raw("null"); return; }
    w.Raw("[");
    for (int k = 0; k < v.Length; k++) {
        if (k > 0) w.Raw(",");
        ${writeStmt(element, 'v[k]')}
    }
    w.Raw("]");
}`;
}

/** LeetCode's C# names methods in PascalCase. */
function csharpName(callable: Callable): string {
  return callable.kind === 'constructor' ? callable.name : pascalCase(callable.name);
}

function invoke(callable: Callable, target: string, first: boolean): string {
  const lines = callable.params.map((param, index) => {
    const separator = first && index === 0 ? '' : "r.Expect(',');\n";
    return `${separator}${csharpType(param.type)} a${index} = ${readExpr(param.type)};`;
  });
  const args = callable.params.map((_, index) => `a${index}`).join(', ');
  lines.push(`r.Expect(']');`, 'VerdictDriver.Parsing = false;');
  if (callable.kind === 'constructor') {
    lines.push(`obj = new ${callable.name}(${args});`, 'w.Raw("null");');
    return lines.join('\n');
  }
  const call = `${target}.${csharpName(callable)}(${args})`;
  if (callable.returns !== null) {
    lines.push(`${csharpType(callable.returns)} result = ${call};`, writeStmt(callable.returns, 'result'));
  } else {
    lines.push(`${call};`);
    const output = resultType(callable);
    lines.push(callable.output !== null && output ? writeStmt(output, `a${callable.output}`) : 'w.Raw("null");');
  }
  return lines.join('\n');
}

function runMethod(signature: FunctionSignature): string {
  const head = `static string Run(string line) {
    var r = new VerdictReader(line);
    var w = new VerdictWriter();`;
  if (signature.form === 'function') {
    return `${head}
    r.Expect('[');
${indent(invoke(callables(signature)[0] as Callable, 'new Solution()', true), 4)}
    return w.ToString();
}`;
  }
  const cases = callables(signature).map(
    (callable) => `case "${callable.name}": {\n${indent(invoke(callable, 'obj', false), 4)}\n    break;\n}`,
  );
  return `${head}
    ${signature.className} obj = null;
    r.Expect('[');
    w.Raw("[");
    int calls = 0;
    do {
        VerdictDriver.Parsing = true;
        r.Expect('[');
        string op = r.ReadString();
        if (calls++ > 0) w.Raw(",");
        switch (op) {
${indent(cases.join('\n'), 12)}
            default: throw new System.FormatException("unknown operation " + op);
        }
    } while (r.More());
    w.Raw("]");
    return w.ToString();
}`;
}

const LIST_COMMENT = `/**
 * Definition for singly-linked list.
 * public class ListNode {
 *     public int val;
 *     public ListNode next;
 *     public ListNode(int val=0, ListNode next=null) {
 *         this.val = val;
 *         this.next = next;
 *     }
 * }
 */`;

const TREE_COMMENT = `/**
 * Definition for a binary tree node.
 * public class TreeNode {
 *     public int val;
 *     public TreeNode left;
 *     public TreeNode right;
 *     public TreeNode(int val=0, TreeNode left=null, TreeNode right=null) {
 *         this.val = val;
 *         this.left = left;
 *         this.right = right;
 *     }
 * }
 */`;

function member(callable: Callable): string {
  const params = callable.params.map((param) => `${csharpType(param.type)} ${param.name}`).join(', ');
  const returns = callable.kind === 'constructor' ? '' : `${callable.returns ? csharpType(callable.returns) : 'void'} `;
  return `    public ${returns}${csharpName(callable)}(${params}) {\n        \n    }`;
}

/** C#: the user's class in solution.cs (with LeetCode's usings on its first line), the driver in main.cs. */
export const csharpTarget: FunctionTarget = {
  languages: ['csharp'],
  starter(signature) {
    const comments = nodeComments(signature, LIST_COMMENT, TREE_COMMENT);
    const name = signature.form === 'function' ? 'Solution' : signature.className;
    return `${comments}public class ${name} {\n${callables(signature).map(member).join('\n\n')}\n}\n`;
  },
  program(signature, userCode) {
    const glue = [...arrayTypes(signature).map(arrayHelpers), runMethod(signature)].join('\n\n');
    const main = `${runtime('verdict_driver.cs')}
static class VerdictMain {
${indent(glue, 4)}

    static void Main() {
        VerdictDriver.Loop(Run);
    }
}
`;
    const usings = 'using System; using System.Collections.Generic; using System.Linq; using System.Text; ';
    return [
      { name: 'main.cs', content: main },
      { name: 'solution.cs', content: `${usings}${userCode}` },
    ];
  },
};
