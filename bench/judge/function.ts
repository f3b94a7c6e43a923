/**
 * Function problems: one process for all tests against one process per test, in the same run.
 * A 100-test "pair summing to a target" function problem is judged in Java and in Python with the
 * generated driver, (a) as Verdict does it (one sandboxed process answers every test) and (b) with
 * a fresh sandboxed process per test (what a judge without a harness pays), alternating rounds.
 * Both take the same compiled program; compilation is measured once and shown apart.
 * Run: `node --import tsx bench/judge/function.ts [--rounds N] [--tests N] [--json]`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FunctionRunner,
  functionSources,
  type PreparedFunction,
  prepareFunctionTests,
  wallLimitMs,
} from '@verdict/judge';
import { compileProgram, loadLanguages, type Program } from '@verdict/languages';
import { readProblem } from '@verdict/problems';
import { createSandbox } from '@verdict/sandbox';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const ROUNDS = option('--rounds', 3);
const TESTS = option('--tests', 100);
const ARRAY_LENGTH = 200;
const TIME_LIMIT_MS = 2_000;
const MEMORY_KB = 512 * 1024;
const json = args.includes('--json');

const SOURCES: Record<string, { file: string; code: string }> = {
  java: {
    file: 'Solution.java',
    code: `import java.util.*;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}
`,
  },
  python3: {
    file: 'solution.py',
    code: `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
`,
  },
};

function writeProblem(root: string): string {
  const dir = join(root, 'two-sum');
  mkdirSync(join(dir, 'data/secret'), { recursive: true });
  writeFileSync(
    join(dir, 'problem.yaml'),
    `name: Pair Summing to a Target
limits:
  time_limit: ${TIME_LIMIT_MS / 1000}
  memory: ${MEMORY_KB / 1024}
function:
  name: twoSum
  params:
    - {name: nums, type: "int[]"}
    - {name: target, type: int}
  returns: "int[]"
  compare: unordered
`,
  );
  let seed = 20261129;
  const random = (below: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % below;
  };
  for (let t = 0; t < TESTS; t++) {
    // distinct values; the answer is the first pair completed in scan order, as both solutions find it
    const values = new Set<number>();
    while (values.size < ARRAY_LENGTH) values.add(random(1_000_000_000));
    const nums = [...values];
    const i = random(ARRAY_LENGTH);
    let j = random(ARRAY_LENGTH);
    if (j === i) j = (i + 1) % ARRAY_LENGTH;
    const target = (nums[i] as number) + (nums[j] as number);
    const name = String(t).padStart(3, '0');
    writeFileSync(join(dir, 'data/secret', `${name}.in`), JSON.stringify([nums, target]));
    const answer = findPair(nums, target);
    writeFileSync(join(dir, 'data/secret', `${name}.ans`), JSON.stringify(answer));
  }
  return dir;
}

function findPair(nums: number[], target: number): number[] {
  const seen = new Map<number, number>();
  for (const [index, value] of nums.entries()) {
    const other = seen.get(target - value);
    if (other !== undefined) return [other, index];
    seen.set(value, index);
  }
  throw new Error('no pair');
}

function runner(program: Program, prepared: PreparedFunction): FunctionRunner {
  return new FunctionRunner({
    program,
    prepared,
    timeLimitMs: TIME_LIMIT_MS,
    memoryKb: MEMORY_KB,
    stdoutBytes: 1024 * 1024,
    wallLimitMs,
  });
}

/** Verdict's way: one process, every test asked of it in turn. */
async function oneProcess(program: Program, prepared: PreparedFunction): Promise<number> {
  const started = performance.now();
  const all = runner(program, prepared);
  try {
    for (let index = 0; index < prepared.tests.length; index++) {
      const outcome = await all.judge(index);
      if (outcome.verdict !== 'AC') throw new Error(`test ${index}: ${outcome.verdict} ${outcome.message}`);
    }
  } finally {
    await all.stop();
  }
  return performance.now() - started;
}

/** The baseline: a fresh sandboxed process for each test. */
async function processPerTest(program: Program, prepared: PreparedFunction): Promise<number> {
  const started = performance.now();
  for (const test of prepared.tests) {
    const single = runner(program, { signature: prepared.signature, tests: [test], indexByInput: new Map() });
    try {
      const outcome = await single.judge(0);
      if (outcome.verdict !== 'AC') throw new Error(`${test.name}: ${outcome.verdict} ${outcome.message}`);
    } finally {
      await single.stop();
    }
  }
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const root = mkdtempSync(join(tmpdir(), 'verdict-bench-function-'));
try {
  const sandbox = await createSandbox();
  const languages = loadLanguages();
  const { problem } = await readProblem(writeProblem(root));
  const prepared = await prepareFunctionTests(problem);
  const rows = [];
  for (const [languageId, source] of Object.entries(SOURCES)) {
    const language = languages.find((candidate) => candidate.id === languageId);
    if (!language || !problem.function) throw new Error(`no ${languageId} here`);
    const built = functionSources(problem.function, language, [{ name: source.file, content: source.code }]);
    if (!built.ok) throw new Error(built.reason);
    const compileStarted = performance.now();
    const program = await compileProgram({ sandbox, language, files: built.files });
    const compileMs = performance.now() - compileStarted;
    if (!program.ok) throw new Error(`${languageId} does not compile: ${program.compile?.stderr}`);
    const one: number[] = [];
    const each: number[] = [];
    try {
      for (let round = 0; round < ROUNDS; round++) {
        one.push(await oneProcess(program, prepared));
        each.push(await processPerTest(program, prepared));
      }
    } finally {
      await program.dispose();
    }
    const row = {
      language: languageId,
      tests: TESTS,
      compileMs: Math.round(compileMs),
      oneProcessMs: Math.round(median(one)),
      processPerTestMs: Math.round(median(each)),
      speedup: Number((median(each) / median(one)).toFixed(2)),
    };
    rows.push(row);
    if (!json) {
      process.stdout.write(
        `${languageId}: ${TESTS} tests in one process ${row.oneProcessMs} ms, one process per test ${row.processPerTestMs} ms → ${row.speedup}x (compile ${row.compileMs} ms, medians of ${ROUNDS})\n`,
      );
    }
  }
  if (json) process.stdout.write(`${JSON.stringify({ rounds: ROUNDS, rows }, null, 2)}\n`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
