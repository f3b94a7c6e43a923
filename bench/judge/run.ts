/**
 * The judge against a bare loop, in one script: a 50-test A+B judged in C++ and in Python by
 * judgeSubmission (compile in the sandbox, then one prepared box per submission: each test a
 * fresh process in it with its own cgroup leaf and a reset work dir; default validator)
 * against compiling on the host and running the same program bare over the same inputs,
 * comparing outputs with the same validator in a plain loop. Then submissions judged per second
 * with both cores busy. Run: `node --import tsx bench/judge/run.ts [--rounds N] [--json]`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultValidate, judgeSubmission, parseValidatorFlags, prepareProblem } from '@verdict/judge';
import { loadLanguages } from '@verdict/languages';
import { allCases, readProblem } from '@verdict/problems';
import { createSandbox } from '@verdict/sandbox';

const args = process.argv.slice(2);
const ROUNDS = Number(args[args.indexOf('--rounds') + 1]) || 5;
const TESTS = 50;
const THROUGHPUT_SUBMISSIONS = 8;
const json = args.includes('--json');

const root = mkdtempSync(join(tmpdir(), 'verdict-bench-judge-'));
const problemDir = join(root, 'aplusb');
mkdirSync(join(problemDir, 'data/secret'), { recursive: true });
writeFileSync(join(problemDir, 'problem.yaml'), 'name: A plus B\nlimits:\n  memory: 256\n');
writeFileSync(join(problemDir, '.timelimit'), '1\n');
let seed = 12345;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed - 2 ** 30;
};
for (let i = 0; i < TESTS; i++) {
  const a = BigInt(random()) * 1000n;
  const b = BigInt(random());
  const name = `${String(i).padStart(2, '0')}`;
  writeFileSync(join(problemDir, 'data/secret', `${name}.in`), `${a} ${b}\n`);
  writeFileSync(join(problemDir, 'data/secret', `${name}.ans`), `${a + b}\n`);
}
const sources = {
  cpp: {
    file: 'sum.cpp',
    text: '#include <cstdio>\nint main(){long long a,b;if(scanf("%lld %lld",&a,&b)!=2)return 1;printf("%lld\\n",a+b);}\n',
  },
  python3: { file: 'sum.py', text: 'a, b = map(int, input().split())\nprint(a + b)\n' },
};
for (const { file, text } of Object.values(sources)) writeFileSync(join(root, file), text);

const languages = loadLanguages();
const sandbox = await createSandbox();
if (!sandbox.capabilities.secure) throw new Error(sandbox.capabilities.problems.join('; '));
const { problem } = await readProblem(problemDir);
const prepared = await prepareProblem(sandbox, languages, problem);
const cases = allCases(problem.data);
const options = parseValidatorFlags([]);

function runBare(argv: string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0] as string, argv.slice(1), { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', reject);
    child.once('close', () => resolve(Buffer.concat(chunks).toString()));
    child.stdin.end(input);
  });
}

/** The baseline: compile on the host (as the language does), run each input, compare in a loop. */
async function bareJudge(kind: 'cpp' | 'python3'): Promise<{ totalMs: number; testsMs: number }> {
  const start = performance.now();
  let argv: string[];
  if (kind === 'cpp') {
    spawnSync('g++', ['-std=gnu++20', '-O2', '-pipe', '-o', join(root, 'sum'), join(root, 'sum.cpp')]);
    argv = [join(root, 'sum')];
  } else {
    spawnSync('/usr/bin/python3', ['-m', 'py_compile', join(root, 'sum.py')]);
    argv = ['/usr/bin/python3', join(root, 'sum.py')];
  }
  const testsStart = performance.now();
  for (const testCase of cases) {
    const output = await runBare(argv, readFileSync(testCase.inputFile, 'utf8'));
    if (!defaultValidate(readFileSync(testCase.answerFile), output, options).accepted)
      throw new Error('bare: wrong answer');
  }
  const end = performance.now();
  return { totalMs: end - start, testsMs: end - testsStart };
}

async function verdictJudge(kind: 'cpp' | 'python3'): Promise<{ totalMs: number; testsMs: number }> {
  const { file } = sources[kind];
  const start = performance.now();
  let testsStart = start;
  const result = await judgeSubmission({
    sandbox,
    languages,
    prepared,
    files: [{ path: join(root, file), name: file }],
    languageId: kind === 'cpp' ? 'cpp20' : 'python3',
    onEvent: (event) => {
      if (event.type === 'compiled') testsStart = performance.now();
    },
  });
  if (result.verdict !== 'AC' || result.tests.length !== TESTS) throw new Error(`judge: ${result.verdict}`);
  const end = performance.now();
  return { totalMs: end - start, testsMs: end - testsStart };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const rows = [];
for (const kind of ['cpp', 'python3'] as const) {
  await bareJudge(kind);
  await verdictJudge(kind);
  const bare: { totalMs: number; testsMs: number }[] = [];
  const judged: { totalMs: number; testsMs: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    bare.push(await bareJudge(kind));
    judged.push(await verdictJudge(kind));
  }
  const bareTests = median(bare.map((entry) => entry.testsMs));
  const judgeTests = median(judged.map((entry) => entry.testsMs));
  const bareTotal = median(bare.map((entry) => entry.totalMs));
  const judgeTotal = median(judged.map((entry) => entry.totalMs));
  rows.push({
    language: kind,
    bareTestsMs: bareTests,
    judgeTestsMs: judgeTests,
    testsRatio: judgeTests / bareTests,
    bareTotalMs: bareTotal,
    judgeTotalMs: judgeTotal,
    totalRatio: judgeTotal / bareTotal,
  });
}

/** Submissions per second with `concurrency` judged at once (both cores busy). */
async function throughput(judge: () => Promise<unknown>, concurrency: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < THROUGHPUT_SUBMISSIONS) await judge();
    }),
  );
  return THROUGHPUT_SUBMISSIONS / ((performance.now() - start) / 1000);
}

const concurrency = availableParallelism();
const rates = {
  concurrency,
  cppJudge: await throughput(() => verdictJudge('cpp'), concurrency),
  cppBare: await throughput(() => bareJudge('cpp'), concurrency),
  pythonJudge: await throughput(() => verdictJudge('python3'), concurrency),
  pythonBare: await throughput(() => bareJudge('python3'), concurrency),
};
await prepared.dispose();

if (json) {
  console.log(JSON.stringify({ rounds: ROUNDS, tests: TESTS, rows, rates }, null, 2));
} else {
  const f = (n: number) => n.toFixed(0).padStart(7);
  console.log(`judge vs bare loop, ${TESTS}-test A+B, median of ${ROUNDS} rounds (ms)`);
  console.log('language  tests: bare   judge  ratio | with compile: bare   judge  ratio');
  for (const row of rows) {
    console.log(
      `${row.language.padEnd(9)} ${f(row.bareTestsMs)} ${f(row.judgeTestsMs)}  ${row.testsRatio.toFixed(2)} |        ${f(row.bareTotalMs)} ${f(row.judgeTotalMs)}  ${row.totalRatio.toFixed(2)}`,
    );
  }
  console.log(
    `throughput, ${concurrency} at once: C++ judge ${rates.cppJudge.toFixed(2)}/s (bare ${rates.cppBare.toFixed(2)}/s), Python judge ${rates.pythonJudge.toFixed(2)}/s (bare ${rates.pythonBare.toFixed(2)}/s) submissions per second`,
  );
}
