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
  int: { name: 'int', read: 'r.readInt()', write: 'w.writeInt' },
  long: { name: 'int64', read: 'r.readLong()', write: 'w.writeLong' },
  double: { name: 'float64', read: 'r.readDouble()', write: 'w.writeDouble' },
  bool: { name: 'bool', read: 'r.readBool()', write: 'w.writeBool' },
  string: { name: 'string', read: 'r.readString()', write: 'w.writeString' },
  ListNode: { name: '*ListNode', read: 'r.readList()', write: 'w.writeList' },
  TreeNode: { name: '*TreeNode', read: 'r.readTree()', write: 'w.writeTree' },
};

export function goType(type: FunctionValueType): string {
  return '[]'.repeat(type.depth) + TYPES[type.base].name;
}

function readExpr(type: FunctionValueType): string {
  return type.depth === 0 ? TYPES[type.base].read : `verdictRead_${typeKey(type)}(r)`;
}

function writeStmt(type: FunctionValueType, value: string): string {
  return type.depth === 0 ? `${TYPES[type.base].write}(${value})` : `verdictWrite_${typeKey(type)}(w, ${value})`;
}

function arrayHelpers(type: FunctionValueType): string {
  const element = elementOf(type);
  return `func verdictRead_${typeKey(type)}(r *verdictReader) ${goType(type)} {
	v := ${goType(type)}{}
	r.expect('[')
	if !r.empty() {
		for {
			v = append(v, ${readExpr(element)})
			if !r.more() {
				break
			}
		}
	}
	return v
}

// a nil slice is written as [], as Go code often returns one for "nothing"
func verdictWrite_${typeKey(type)}(w *verdictWriter, v ${goType(type)}) {
	w.raw("[")
	for k, item := range v {
		if k > 0 {
			w.raw(",")
		}
		${writeStmt(element, 'item')}
	}
	w.raw("]")
}`;
}

/** Go's name of a method: exported (PascalCase), as LeetCode's Go templates have it. */
function goName(callable: Callable): string {
  return callable.kind === 'method' ? pascalCase(callable.name) : callable.name;
}

function invoke(callable: Callable, first: boolean): string {
  const lines = callable.params.map((param, index) => {
    const separator = first && index === 0 ? '' : "r.expect(',')\n";
    return `${separator}a${index} := ${readExpr(param.type)}`;
  });
  const args = callable.params.map((_, index) => `a${index}`).join(', ');
  lines.push(`r.expect(']')`, 'verdictParsing = false');
  if (callable.kind === 'constructor') {
    lines.push(`obj = Constructor(${args})`, 'w.raw("null")');
    return lines.join('\n');
  }
  const call = callable.kind === 'method' ? `obj.${goName(callable)}(${args})` : `${callable.name}(${args})`;
  if (callable.returns !== null) {
    lines.push(`result := ${call}`, writeStmt(callable.returns, 'result'));
  } else {
    lines.push(call);
    const output = resultType(callable);
    lines.push(callable.output !== null && output ? writeStmt(output, `a${callable.output}`) : 'w.raw("null")');
  }
  return lines.join('\n');
}

function runFunction(signature: FunctionSignature): string {
  if (signature.form === 'function') {
    return `func verdictRun(line string) string {
	r := &verdictReader{s: line}
	w := &verdictWriter{}
	r.expect('[')
${indent(invoke(callables(signature)[0] as Callable, true), 4).replaceAll('    ', '\t')}
	return w.String()
}`;
  }
  const cases = callables(signature).map(
    (callable) => `case "${callable.name}":\n${indent(invoke(callable, false), 4).replaceAll('    ', '\t')}`,
  );
  return `func verdictRun(line string) string {
	r := &verdictReader{s: line}
	w := &verdictWriter{}
	var obj ${signature.className}
	r.expect('[')
	w.raw("[")
	for calls := 0; ; calls++ {
		verdictParsing = true
		r.expect('[')
		op := r.readString()
		if calls > 0 {
			w.raw(",")
		}
		switch op {
${indent(cases.join('\n'), 8).replaceAll('    ', '\t')}
		default:
			panic("unknown operation " + op)
		}
		if !r.more() {
			break
		}
	}
	w.raw("]")
	return w.String()
}`;
}

const LIST_COMMENT = `/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */`;

const TREE_COMMENT = `/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */`;

function params(callable: Callable): string {
  return callable.params.map((param) => `${param.name} ${goType(param.type)}`).join(', ');
}

function returns(callable: Callable): string {
  return callable.returns ? ` ${goType(callable.returns)}` : '';
}

/** Go: the user's functions in solution.go (package main is added when missing), the driver in main.go. */
export const goTarget: FunctionTarget = {
  languages: ['go'],
  starter(signature) {
    const comments = nodeComments(signature, LIST_COMMENT, TREE_COMMENT);
    if (signature.form === 'function') {
      const callable = callables(signature)[0] as Callable;
      return `${comments}func ${callable.name}(${params(callable)})${returns(callable)} {\n    \n}\n`;
    }
    const name = signature.className;
    const members = callables(signature).map((callable) =>
      callable.kind === 'constructor'
        ? `func Constructor(${params(callable)}) ${name} {\n    \n}\n`
        : `func (this *${name}) ${goName(callable)}(${params(callable)})${returns(callable)} {\n    \n}\n`,
    );
    return `${comments}type ${name} struct {\n    \n}\n\n${members.join('\n')}`;
  },
  program(signature, userCode) {
    const glue = [...arrayTypes(signature).map(arrayHelpers), runFunction(signature)].join('\n\n');
    const main = `${runtime('verdict_driver.go')}\n${glue}\n\nfunc main() {\n\tverdictLoop(verdictRun)\n}\n`;
    // LeetCode's Go has no package clause; added on the first line, so line numbers hold
    const hasPackage = /^\s*package\s+\w+/m.test(userCode.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ''));
    return [
      { name: 'main.go', content: main },
      { name: 'solution.go', content: hasPackage ? userCode : `package main; ${userCode}` },
    ];
  },
};
