import { type FunctionBaseType, type FunctionSignature, type FunctionValueType, snakeCase } from '@verdict/problems';
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
  int: { name: 'i32', read: 'r.read_int()', write: 'w.write_int' },
  long: { name: 'i64', read: 'r.read_long()', write: 'w.write_long' },
  double: { name: 'f64', read: 'r.read_double()', write: 'w.write_double' },
  bool: { name: 'bool', read: 'r.read_bool()', write: 'w.write_bool' },
  string: { name: 'String', read: 'r.read_string()', write: 'w.write_string' },
  ListNode: { name: 'Option<Box<ListNode>>', read: 'r.read_list()', write: 'w.write_list' },
  TreeNode: { name: 'Option<Rc<RefCell<TreeNode>>>', read: 'r.read_tree()', write: 'w.write_tree' },
};

export function rustType(type: FunctionValueType): string {
  let name = TYPES[type.base].name;
  for (let depth = 0; depth < type.depth; depth++) name = `Vec<${name}>`;
  return name;
}

function readExpr(type: FunctionValueType): string {
  return type.depth === 0 ? TYPES[type.base].read : `verdict_read_${typeKey(type)}(r)`;
}

/** `value` is a reference. */
function writeStmt(type: FunctionValueType, value: string): string {
  return type.depth === 0 ? `${TYPES[type.base].write}(${value});` : `verdict_write_${typeKey(type)}(w, ${value});`;
}

function arrayHelpers(type: FunctionValueType): string {
  const element = elementOf(type);
  return `fn verdict_read_${typeKey(type)}(r: &mut verdict::Reader) -> ${rustType(type)} {
    let mut v = Vec::new();
    r.expect(b'[');
    if !r.empty() {
        loop {
            v.push(${readExpr(element)});
            if !r.more() {
                break;
            }
        }
    }
    v
}

pub fn verdict_write_${typeKey(type)}(w: &mut verdict::Writer, v: &${rustType(type)}) {
    w.raw("[");
    for (k, item) in v.iter().enumerate() {
        if k > 0 {
            w.raw(",");
        }
        ${writeStmt(element, 'item')}
    }
    w.raw("]");
}`;
}

function invoke(callable: Callable, first: boolean): string {
  const lines = callable.params.map((param, index) => {
    const separator = first && index === 0 ? '' : "r.expect(b',');\n";
    return `${separator}let mut a${index}: ${rustType(param.type)} = ${readExpr(param.type)};`;
  });
  // the parameter changed in place is lent mutably, as LeetCode's Rust templates take it
  const args = callable.params.map((_, index) => (index === callable.output ? `&mut a${index}` : `a${index}`));
  lines.push(`r.expect(b']');`, 'verdict::set_parsing(false);');
  if (callable.kind === 'constructor') {
    lines.push(`obj = Some(${callable.name}::new(${args.join(', ')}));`, 'w.raw("null");');
    return lines.join('\n');
  }
  const name = snakeCase(callable.name);
  const call =
    callable.kind === 'method'
      ? `obj.as_mut().expect("constructed").${name}(${args.join(', ')})`
      : `Solution::${name}(${args.join(', ')})`;
  if (callable.returns !== null) {
    lines.push(`let result: ${rustType(callable.returns)} = ${call};`, writeStmt(callable.returns, '&result'));
  } else {
    lines.push(`${call};`);
    const output = resultType(callable);
    lines.push(callable.output !== null && output ? writeStmt(output, `&a${callable.output}`) : 'w.raw("null");');
  }
  return lines.join('\n');
}

function runFunction(signature: FunctionSignature): string {
  const head = `#[allow(unused_mut, unused_variables, unused_assignments)]
pub fn verdict_run(line: &str) -> String {
    let r = &mut verdict::Reader::new(line);
    let w = &mut verdict::Writer::new();`;
  if (signature.form === 'function') {
    return `${head}
    r.expect(b'[');
${indent(invoke(callables(signature)[0] as Callable, true), 4)}
    w.b.clone()
}`;
  }
  const arms = callables(signature).map(
    (callable) => `"${callable.name}" => {\n${indent(invoke(callable, false), 4)}\n}`,
  );
  return `${head}
    let mut obj: Option<${signature.className}> = None;
    r.expect(b'[');
    w.raw("[");
    let mut calls = 0;
    loop {
        verdict::set_parsing(true);
        r.expect(b'[');
        let op = r.read_string();
        if calls > 0 {
            w.raw(",");
        }
        calls += 1;
        match op.as_str() {
${indent(arms.join('\n'), 12)}
            _ => panic!("unknown operation {}", op),
        }
        if !r.more() {
            break;
        }
    }
    w.raw("]");
    w.b.clone()
}`;
}

const LIST_COMMENT = `// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
//
// impl ListNode {
//   #[inline]
//   fn new(val: i32) -> Self {
//     ListNode {
//       next: None,
//       val
//     }
//   }
// }`;

const TREE_COMMENT = `// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
//
// impl TreeNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     TreeNode {
//       val,
//       left: None,
//       right: None
//     }
//   }
// }
use std::rc::Rc;
use std::cell::RefCell;`;

function signatureOf(callable: Callable, receiver: string): string {
  const params = callable.params.map(
    (param, index) => `${snakeCase(param.name)}: ${index === callable.output ? '&mut ' : ''}${rustType(param.type)}`,
  );
  const returns = callable.returns ? ` -> ${rustType(callable.returns)}` : '';
  return `(${[...(receiver ? [receiver] : []), ...params].join(', ')})${returns}`;
}

/** Rust: \`impl Solution\` (or the design's struct) first in main.rs, the driver after it. */
export const rustTarget: FunctionTarget = {
  languages: ['rust'],
  starter(signature) {
    const comments = nodeComments(signature, LIST_COMMENT, TREE_COMMENT);
    if (signature.form === 'function') {
      const callable = callables(signature)[0] as Callable;
      return `${comments}impl Solution {\n    pub fn ${snakeCase(callable.name)}${signatureOf(callable, '')} {\n        \n    }\n}\n`;
    }
    const members = callables(signature).map((callable) =>
      callable.kind === 'constructor'
        ? `    fn new${signatureOf(callable, '')} -> Self {\n        \n    }`
        : `    fn ${snakeCase(callable.name)}${signatureOf(callable, '&mut self')} {\n        \n    }`,
    );
    return `${comments}struct ${signature.className} {\n\n}\n\nimpl ${signature.className} {\n\n${members.join('\n\n')}\n}\n`;
  },
  program(signature, userCode) {
    const glue = [...arrayTypes(signature).map(arrayHelpers), runFunction(signature)].join('\n\n');
    // the glue names Rc and RefCell; in a module of its own they cannot clash with the user's imports
    const content = `${userCode}\n\n${runtime('verdict_driver.rs')}
#[allow(unused_imports, non_snake_case)]
mod verdict_glue {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

${indent(glue, 4)}
}

fn main() {
    verdict::main(verdict_glue::verdict_run);
}
`;
    return [{ name: 'main.rs', content }];
  },
};
