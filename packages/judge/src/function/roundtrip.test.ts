/**
 * Every supported type through every language's driver and back: one program per language, a
 * class whose methods return their argument (one method per type), so the driver parses the
 * JSON into the language's values and serialises them again. The result must equal the input.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { compileProgram, type Language, loadLanguages, type Program } from '@verdict/languages';
import {
  type ClassFormSignature,
  FUNCTION_BASE_TYPES,
  type FunctionValueType,
  formatValueType,
  pascalCase,
  snakeCase,
} from '@verdict/problems';
import type { Sandbox } from '@verdict/sandbox';
import { testSandbox } from '@verdict/sandbox/test-support';
import { wallLimitMs } from '../judge.ts';
import { type Json, parseJson, stringifyJson } from './json.ts';
import { FunctionRunner } from './runner.ts';
import { cppType } from './targets/cpp.ts';
import { csharpType } from './targets/csharp.ts';
import { goType } from './targets/go.ts';
import { functionProgram } from './targets/index.ts';
import { javaType } from './targets/java.ts';
import { scriptType } from './targets/javascript.ts';
import { kotlinType } from './targets/kotlin.ts';
import { pythonType } from './targets/python.ts';
import { rustType } from './targets/rust.ts';
import type { FunctionTest, PreparedFunction } from './tests.ts';

/** Values of each base type, JSON as a test file would hold them. */
const VALUES: Record<(typeof FUNCTION_BASE_TYPES)[number], string[]> = {
  int: ['0', '-1', '42', '2147483647', '-2147483648'],
  long: ['0', '-1', '9223372036854775807', '-9223372036854775808', '4611686018427387904'],
  double: ['0.1', '1e-9', '-2.5', '1e300', '123456789.125', '0', '-0.0', '2.2250738585072014e-308'],
  bool: ['true', 'false'],
  string: [
    '""',
    '"hello"',
    '"quote \\" backslash \\\\ slash /"',
    '"tab\\t newline\\n return\\r"',
    '"é ü 中文 😀 \\u00e9\\ud83d\\ude00"',
    '"\\u0001\\u001f"',
  ],
  ListNode: ['[]', '[1]', '[1,2,3]', '[-2147483648,0,2147483647]'],
  TreeNode: ['[]', '[1]', '[1,null,2]', '[1,2,3,null,4,null,5]', '[5,4,8,11,null,13,4,7,2,null,null,null,1]'],
};

const ARRAYS: Record<(typeof FUNCTION_BASE_TYPES)[number], string[]> = {
  int: ['[]', '[1,2,3]', '[-2147483648,2147483647]'],
  long: ['[]', '[9223372036854775807,-9223372036854775808,0]'],
  double: ['[]', '[0.1,1e-9,-3.75]'],
  bool: ['[]', '[true,false,true]'],
  string: ['[]', '["a","","é\\"\\\\"]'],
  ListNode: ['[]', '[[],[1,2],[3]]'],
  TreeNode: ['[]', '[[],[1,null,2],[3,4]]'],
};

const GRIDS: Record<(typeof FUNCTION_BASE_TYPES)[number], string[]> = {
  int: ['[]', '[[]]', '[[1,2],[3],[]]', '[[-2147483648]]'],
  long: ['[[9223372036854775807],[]]'],
  double: ['[[0.1],[1e-9,2.5]]'],
  bool: ['[[true],[false,true]]'],
  string: ['[["a","b"],[]]'],
  ListNode: ['[[[1,2],[]],[]]'],
  TreeNode: ['[[[1,2,3]],[]]'],
};

const TYPES: FunctionValueType[] = FUNCTION_BASE_TYPES.flatMap((base) => [0, 1, 2].map((depth) => ({ base, depth })));

function methodName(type: FunctionValueType): string {
  return `echo${pascalCase(type.base)}${['', 'Array', 'Grid'][type.depth]}`;
}

const SIGNATURE: ClassFormSignature = {
  form: 'class',
  className: 'Echo',
  constructorParams: [],
  methods: [
    ...TYPES.map((type) => ({ name: methodName(type), params: [{ name: 'v', type }], returns: type })),
    { name: 'touch', params: [{ name: 'v', type: { base: 'int', depth: 0 } }], returns: null },
  ],
  compare: 'exact',
  tolerance: null,
};

function valuesOf(type: FunctionValueType): string[] {
  return [VALUES, ARRAYS, GRIDS][type.depth]?.[type.base] ?? [];
}

/** One test per type: the constructor, then the echo of each value, then a void call. */
const TESTS: FunctionTest[] = TYPES.map((type) => {
  const values = valuesOf(type);
  const calls = [['Echo'], ...values.map((value) => [methodName(type), value]), ['touch', '7']];
  const line = `[${calls.map((call) => `[${call.map((part, i) => (i === 0 ? `"${part}"` : part)).join(',')}]`).join(',')}]`;
  return {
    name: formatValueType(type),
    line,
    expected: parseJson(`[null,${values.join(',')},null]`),
    calls: calls.map((call) => call[0] as string),
  };
});

/** The identity class in each language, from the same type names the starters use. */
const ECHO: Record<string, () => string> = {
  python3: () =>
    `class Echo:\n    def __init__(self):\n        pass\n\n${TYPES.map((t) => `    def ${methodName(t)}(self, v: ${pythonType(t)}) -> ${pythonType(t)}:\n        return v\n`).join('\n')}\n    def touch(self, v: int) -> None:\n        pass\n`,
  javascript: () =>
    `class Echo {\n${TYPES.map((t) => `  ${methodName(t)}(v) { return v; }`).join('\n')}\n  touch(v) {}\n}\n`,
  typescript: () =>
    `class Echo {\n${TYPES.map((t) => `  ${methodName(t)}(v: ${scriptType(t)}): ${scriptType(t)} { return v; }`).join('\n')}\n  touch(v: number): void {}\n}\n`,
  java: () =>
    `class Echo {\n${TYPES.map((t) => `  public ${javaType(t)} ${methodName(t)}(${javaType(t)} v) { return v; }`).join('\n')}\n  public void touch(int v) {}\n}\n`,
  cpp17: () =>
    `class Echo {\npublic:\n${TYPES.map((t) => `  ${cppType(t)} ${methodName(t)}(${cppType(t)} v) { return v; }`).join('\n')}\n  void touch(int v) {}\n};\n`,
  go: () =>
    `type Echo struct{}\n\nfunc Constructor() Echo { return Echo{} }\n\n${TYPES.map((t) => `func (this *Echo) ${pascalCase(methodName(t))}(v ${goType(t)}) ${goType(t)} { return v }`).join('\n')}\nfunc (this *Echo) Touch(v int) {}\n`,
  csharp: () =>
    `public class Echo {\n${TYPES.map((t) => `  public ${csharpType(t)} ${pascalCase(methodName(t))}(${csharpType(t)} v) { return v; }`).join('\n')}\n  public void Touch(int v) {}\n}\n`,
  kotlin: () =>
    `class Echo() {\n${TYPES.map((t) => `  fun ${methodName(t)}(v: ${kotlinType(t)}): ${kotlinType(t)} { return v }`).join('\n')}\n  fun touch(v: Int) {}\n}\n`,
  rust: () =>
    `use std::cell::RefCell;\nuse std::rc::Rc;\n\nstruct Echo {}\n\nimpl Echo {\n  fn new() -> Self { Echo {} }\n${TYPES.map((t) => `  fn ${snakeCase(methodName(t))}(&mut self, v: ${rustType(t)}) -> ${rustType(t)} { v }`).join('\n')}\n  fn touch(&mut self, _v: i32) {}\n}\n`,
  ruby: () =>
    `class Echo\n${TYPES.map((t) => `  def ${snakeCase(methodName(t))}(v)\n    v\n  end`).join('\n')}\n  def touch(v); end\nend\n`,
};

let sandbox: Sandbox;
let languages: Language[];
before(async () => {
  ({ sandbox } = await testSandbox());
  languages = loadLanguages();
});

const PREPARED: PreparedFunction = {
  signature: SIGNATURE,
  tests: TESTS,
  indexByInput: new Map(TESTS.map((test, index) => [test.name, index])),
};

describe('every type round-trips through every language', () => {
  for (const [id, source] of Object.entries(ECHO)) {
    describe(id, () => {
      let program: Program;
      let runner: FunctionRunner;
      before(async () => {
        const language = languages.find((candidate) => candidate.id === id) as Language;
        const files = functionProgram(SIGNATURE, id, source()) ?? [];
        program = await compileProgram({ sandbox, language, files });
        assert.ok(program.ok, `${id} does not compile:\n${program.compile?.stderr}${program.compile?.stdout}`);
        runner = new FunctionRunner({
          program,
          prepared: PREPARED,
          timeLimitMs: 5_000,
          memoryKb: 512 * 1024,
          stdoutBytes: 8 * 1024 * 1024,
          wallLimitMs,
        });
      });
      after(async () => {
        await runner?.stop();
        await program?.dispose();
      });
      TESTS.forEach((expected, index) => {
        test(expected.name, async () => {
          const outcome = await runner.judge(index);
          const got = outcome.got === null ? 'nothing' : stringifyJson(outcome.got as Json);
          assert.equal(
            outcome.verdict,
            'AC',
            `${outcome.message ?? ''}\nsent     ${expected.line}\nexpected ${stringifyJson(expected.expected)}\ngot      ${got}`,
          );
        });
      });
    });
  }
});
