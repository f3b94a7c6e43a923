/**
 * Function problems through judgeSubmission against the real sandbox: one process for all
 * tests, per-test verdicts, the TLE and crash attributed to their test, forged reports never
 * passing, broken driver output as IE, bad test data refused, in-place results, starters.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Language, loadLanguages } from '@verdict/languages';
import { type FunctionSignature, readProblem } from '@verdict/problems';
import type { Sandbox } from '@verdict/sandbox';
import { testSandbox } from '@verdict/sandbox/test-support';
import { JudgeSetupError } from '../errors.ts';
import { type JudgeEvent, type JudgeResult, judgeSubmission, prepareProblem } from '../judge.ts';
import type { HostFile } from '../program-language.ts';
import { starterCode } from './targets/index.ts';

let sandbox: Sandbox;
let languages: Language[];
const scratch = mkdtempSync(join(tmpdir(), 'verdict-function-test-'));
let counter = 0;

before(async () => {
  ({ sandbox } = await testSandbox());
  languages = loadLanguages();
});
after(() => rmSync(scratch, { recursive: true, force: true }));

function writeTree(root: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const DOUBLE_YAML = `name: Double
limits:
  memory: 256
function:
  name: twice
  params: [{name: x, type: int}]
  returns: int
`;

/** twice(x) = 2x over five tests; test 3 (secret/2) has x = 3. */
function doublePackage(extra: Record<string, string> = {}): string {
  const files: Record<string, string> = {
    'problem.yaml': DOUBLE_YAML,
    '.timelimit': '0.5\n',
    'data/sample/1.in': '[1]',
    'data/sample/1.ans': '2',
  };
  for (let i = 1; i <= 4; i++) {
    files[`data/secret/${i}.in`] = `[${i + 1}]`;
    files[`data/secret/${i}.ans`] = `${2 * (i + 1)}`;
  }
  Object.assign(files, extra);
  return writeTree(join(scratch, `problem${counter++}`), files);
}

function source(name: string, content: string): HostFile[] {
  const dir = writeTree(join(scratch, `submission${counter++}`), { [name]: content });
  return [{ path: join(dir, name), name }];
}

async function judge(
  problemDir: string,
  files: HostFile[],
  options: { runAll?: boolean; events?: JudgeEvent[] } = {},
): Promise<JudgeResult> {
  const { problem, issues } = await readProblem(problemDir);
  assert.deepEqual(
    issues.filter((issue) => issue.severity === 'error'),
    [],
  );
  const prepared = await prepareProblem(sandbox, languages, problem);
  return judgeSubmission({
    sandbox,
    languages,
    prepared,
    files,
    runAll: options.runAll ?? false,
    onEvent: (event) => options.events?.push(event),
  });
}

const verdicts = (result: JudgeResult) => result.tests.map((test) => `${test.name} ${test.verdict}`);

describe('one process, per-test verdicts', () => {
  test('accepted, with the debug output of each test kept and not judged', async () => {
    const code =
      'class Solution:\n    def twice(self, x: int) -> int:\n        print("x is", x)\n        return 2 * x\n';
    const events: JudgeEvent[] = [];
    const result = await judge(doublePackage(), source('a.py', code), { events });
    assert.equal(result.verdict, 'AC');
    assert.equal(result.tests.length, 5);
    assert.equal(result.tests[2]?.output, 'x is 3\n');
    const started = events.filter((event) => event.type === 'test-started').map((event) => event.index);
    const finished = events.filter((event) => event.type === 'test-finished').map((event) => event.index);
    assert.deepEqual(started, [0, 1, 2, 3, 4]);
    assert.deepEqual(finished, [0, 1, 2, 3, 4]);
  });

  test('a test that loops forever is the TLE test; the others keep their verdicts', async () => {
    const code =
      'class Solution:\n    def twice(self, x: int) -> int:\n        while x == 3:\n            pass\n        return 2 * x\n';
    const problem = doublePackage();
    const started = performance.now();
    const stopped = await judge(problem, source('a.py', code));
    assert.deepEqual(verdicts(stopped), ['sample/1 AC', 'secret/1 AC', 'secret/2 TLE']);
    assert.match(stopped.tests[2]?.message ?? '', /CPU time/);
    assert.ok((stopped.tests[2]?.cpuMs ?? 0) >= 500, 'the TLE test used its CPU time');
    // the CPU limit is seen when it is reached, not at the 2.5 s wall limit
    assert.ok(performance.now() - started < 2_500, `took ${performance.now() - started} ms`);
    const all = await judge(problem, source('a.py', code), { runAll: true });
    assert.deepEqual(verdicts(all), ['sample/1 AC', 'secret/1 AC', 'secret/2 TLE', 'secret/3 AC', 'secret/4 AC']);
  });

  test('a crash ends the process at its test; a new process runs the rest', async () => {
    const code = `class Solution {
public:
    int twice(int x) { if (x == 3) { volatile int *p = nullptr; *p = 1; } return 2 * x; }
};`;
    const result = await judge(doublePackage(), source('a.cpp', code), { runAll: true });
    assert.deepEqual(verdicts(result), ['sample/1 AC', 'secret/1 AC', 'secret/2 RE', 'secret/3 AC', 'secret/4 AC']);
    assert.match(result.tests[2]?.message ?? '', /SIGSEGV/);
  });

  test('an exception is RE for its test only, with the user code in the trace', async () => {
    const code = 'class Solution:\n    def twice(self, x: int) -> int:\n        return 2 * x // (x - 3)\n';
    const result = await judge(doublePackage(), source('a.py', code), { runAll: true });
    assert.deepEqual(verdicts(result).slice(2), ['secret/2 RE', 'secret/3 AC', 'secret/4 WA']);
    assert.match(result.tests[2]?.message ?? '', /solution\.py", line 3, in twice[\s\S]*ZeroDivisionError/);
  });
});

describe('forged reports never pass', () => {
  test('a submission that steals the nonce and reports a guessed result gets WA', async () => {
    // it reads the nonce from the driver's memory (possible in-process) and forges the record
    // of the running test; the answer never entered the sandbox, so the guess is wrong
    const code = `import sys, os
class Solution:
    def twice(self, x: int) -> int:
        nonce = sys.modules["verdict_driver"]._NONCE
        sys.stdout.write("\\n%s E %d 0 0 0 %d\\n" % (nonce, 0, 12345))
        sys.stdout.flush()
        return 0
`;
    const result = await judge(doublePackage(), source('a.py', code));
    assert.equal(result.verdict, 'WA');
  });

  test('a forged record out of turn is IE, never AC', async () => {
    const code = `import sys
class Solution:
    def twice(self, x: int) -> int:
        nonce = sys.modules["verdict_driver"]._NONCE
        sys.stdout.write("\\n%s E 4 0 0 0 10\\n" % nonce)
        return 2 * x
`;
    const result = await judge(doublePackage(), source('a.py', code));
    assert.equal(result.verdict, 'IE');
    assert.match(result.message ?? '', /protocol/);
  });

  test('a forged record that does not parse is IE with a clear message', async () => {
    const code = `import sys
class Solution:
    def twice(self, x: int) -> int:
        sys.stdout.write("\\n%s E 0 1 1 1 [unclosed\\n" % sys.modules["verdict_driver"]._NONCE)
        return 2 * x
`;
    const result = await judge(doublePackage(), source('a.py', code));
    assert.equal(result.verdict, 'IE');
    assert.match(result.tests[0]?.message ?? '', /not JSON/);
  });
});

describe('packages and languages', () => {
  test('test data that does not fit the signature is refused once, with its file', async () => {
    const problem = doublePackage({ 'data/secret/2.in': '["three"]' });
    const { problem: read } = await readProblem(problem);
    await assert.rejects(prepareProblem(sandbox, languages, read), (error: Error) => {
      assert.ok(error instanceof JudgeSetupError);
      assert.match(error.message, /data\/secret\/2\.in: argument 1 \(x\) must be int/);
      return true;
    });
  });

  test('a language without a driver is a compile error that names the ones with one', async () => {
    const result = await judge(doublePackage(), source('a.c', 'int main() { return 0; }'));
    assert.equal(result.verdict, 'CE');
    assert.match(result.message ?? '', /function problems can be solved in python3, .*rust/);
  });

  test('a void function works in place: the named parameter is the result (Python and Rust)', async () => {
    const yaml = `name: Reverse in place
function:
  name: reverseInPlace
  params: [{name: nums, type: "int[]"}]
  returns: void
  output: nums
`;
    const problem = writeTree(join(scratch, `problem${counter++}`), {
      'problem.yaml': yaml,
      '.timelimit': '1\n',
      'data/secret/1.in': '[[1, 2, 3]]',
      'data/secret/1.ans': '[3, 2, 1]',
      'data/secret/2.in': '[[]]',
      'data/secret/2.ans': '[]',
    });
    const python = 'class Solution:\n    def reverseInPlace(self, nums: List[int]) -> None:\n        nums.reverse()\n';
    const rust =
      'impl Solution {\n    pub fn reverse_in_place(nums: &mut Vec<i32>) {\n        nums.reverse();\n    }\n}\n';
    assert.equal((await judge(problem, source('a.py', python))).verdict, 'AC');
    assert.equal((await judge(problem, source('a.rs', rust))).verdict, 'AC');
  });
});

describe('starter code', () => {
  const twoSum: FunctionSignature = {
    form: 'function',
    name: 'twoSum',
    params: [
      { name: 'nums', type: { base: 'int', depth: 1 } },
      { name: 'target', type: { base: 'int', depth: 0 } },
    ],
    returns: { base: 'int', depth: 1 },
    output: null,
    compare: 'exact',
    tolerance: null,
  };
  const expected: Record<string, string> = {
    python3: 'def twoSum(self, nums: List[int], target: int) -> List[int]:',
    javascript: 'var twoSum = function(nums, target) {',
    typescript: 'function twoSum(nums: number[], target: number): number[] {',
    java: 'public int[] twoSum(int[] nums, int target) {',
    cpp20: 'vector<int> twoSum(vector<int>& nums, int target) {',
    go: 'func twoSum(nums []int, target int) []int {',
    csharp: 'public int[] TwoSum(int[] nums, int target) {',
    kotlin: 'fun twoSum(nums: IntArray, target: Int): IntArray {',
    rust: 'pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {',
    ruby: 'def two_sum(nums, target)',
  };
  for (const [id, line] of Object.entries(expected)) {
    test(id, () => assert.ok(starterCode(twoSum, id)?.includes(line), starterCode(twoSum, id) ?? 'none'));
  }

  test('class design and the node types', () => {
    const lru: FunctionSignature = {
      form: 'class',
      className: 'LRUCache',
      constructorParams: [{ name: 'capacity', type: { base: 'int', depth: 0 } }],
      methods: [{ name: 'get', params: [{ name: 'root', type: { base: 'TreeNode', depth: 0 } }], returns: null }],
      compare: 'exact',
      tolerance: null,
    };
    assert.match(
      starterCode(lru, 'go') ?? '',
      /func Constructor\(capacity int\) LRUCache[\s\S]*func \(this \*LRUCache\) Get\(root \*TreeNode\) \{/,
    );
    assert.match(
      starterCode(lru, 'python3') ?? '',
      /def __init__\(self, capacity: int\):[\s\S]*def get\(self, root: Optional\[TreeNode\]\) -> None:/,
    );
    assert.match(
      starterCode(lru, 'java') ?? '',
      /Definition for a binary tree node[\s\S]*public LRUCache\(int capacity\)/,
    );
    assert.equal(starterCode(lru, 'lua'), null);
  });
});
