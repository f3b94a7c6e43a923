/**
 * Per-run cost of the sandbox against bare execution of the same program, measured side by
 * side in one process: /bin/true, a C hello and a Python hello, each bare, as a one-shot
 * sandbox run (sandbox.run: everything set up and torn down per run) and as a run in a
 * prepared box (sandbox.openBox: set up once, a fresh process, cgroup leaf and reset work dir
 * per run), then throughput with every core busy.
 * Run: `node --import tsx bench/sandbox/run.ts [--runs N] [--json]`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, type RunOptions, type Sandbox, type SandboxBox } from '@verdict/sandbox';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 300;
const THROUGHPUT_MS = 5_000;
const json = args.includes('--json');

function bare(argv: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0] as string, argv.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    child.stderr.resume();
    child.once('error', reject);
    child.once('close', () => resolve());
  });
}

function stats(samples: number[]): { median: number; p90: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: at(0.5), p90: at(0.9) };
}

/** Alternates bare, one-shot and box runs so drift in the machine's load hits all alike. */
async function compare(sandbox: Sandbox, box: SandboxBox, name: string, argv: string[], dir: string) {
  const bareMs: number[] = [];
  const oneShotMs: number[] = [];
  const boxMs: number[] = [];
  const options: RunOptions = { argv, workDir: dir };
  const check = (result: { status: string; stderr: string }) => {
    if (result.status !== 'ok') throw new Error(`${name}: ${result.status} ${result.stderr}`);
  };
  for (let i = 0; i < 10; i++) {
    await bare(argv, dir);
    await sandbox.run(options);
    await box.run({ argv });
  }
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    await bare(argv, dir);
    bareMs.push(performance.now() - t);
    t = performance.now();
    check(await sandbox.run(options));
    oneShotMs.push(performance.now() - t);
    t = performance.now();
    check(await box.run({ argv }));
    boxMs.push(performance.now() - t);
  }
  const b = stats(bareMs);
  const s = stats(oneShotMs);
  const x = stats(boxMs);
  return {
    name,
    bare: b,
    sandbox: s,
    box: x,
    ratio: s.median / b.median,
    boxRatio: x.median / b.median,
    overheadMs: s.median - b.median,
    boxOverheadMs: x.median - b.median,
  };
}

/**
 * Box against bare alone, as in a judge's test loop: a one-shot run leaves the kernel work of
 * tearing down its namespaces and cgroups (done asynchronously) to whatever runs next.
 */
async function compareBoxOnly(box: SandboxBox, name: string, argv: string[], dir: string) {
  const bareMs: number[] = [];
  const boxMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    await bare(argv, dir);
    bareMs.push(performance.now() - t);
    t = performance.now();
    const result = await box.run({ argv });
    boxMs.push(performance.now() - t);
    if (result.status !== 'ok') throw new Error(`${name}: ${result.status} ${result.stderr}`);
  }
  const b = stats(bareMs);
  const x = stats(boxMs);
  return { name, bare: b, box: x, boxRatio: x.median / b.median };
}

/** `run(worker)`: each worker loop keeps its own work dir, as a judge's slots do. */
async function throughput(run: (worker: number) => Promise<unknown>, concurrency: number): Promise<number> {
  let done = 0;
  const end = performance.now() + THROUGHPUT_MS;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < end) {
        await run(worker);
        done++;
      }
    }),
  );
  return done / (THROUGHPUT_MS / 1000);
}

const sandbox = await createSandbox();
if (!sandbox.capabilities.secure) throw new Error(sandbox.capabilities.problems.join('; '));
const dir = await sandbox.createWorkDir();
const src = mkdtempSync(join(tmpdir(), 'verdict-bench-'));
writeFileSync(join(src, 'hello.c'), '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n');
spawnSync('gcc', ['-O2', '-o', join(dir, 'hello'), join(src, 'hello.c')]);
writeFileSync(join(dir, 'hello.py'), 'print("hello")\n');

const openBox = sandbox.openBox as NonNullable<Sandbox['openBox']>;
const box = await openBox({ filesFrom: dir });
const rows = [
  await compare(sandbox, box, '/bin/true', ['/bin/true'], dir),
  await compare(sandbox, box, 'C hello', ['./hello'], dir),
  await compare(sandbox, box, 'Python hello', ['/usr/bin/python3', 'hello.py'], dir),
];
const boxOnlyRows = [
  await compareBoxOnly(box, 'C hello', ['./hello'], dir),
  await compareBoxOnly(box, 'Python hello', ['/usr/bin/python3', 'hello.py'], dir),
];
await box.close();
const cores = availableParallelism();
const concurrency = cores * 2;
const bareRate = await throughput(() => bare(['./hello'], dir), concurrency);
const boxDirs = await Promise.all(Array.from({ length: concurrency }, () => sandbox.createWorkDir()));
for (const d of boxDirs) spawnSync('cp', [join(dir, 'hello'), d]);
const boxRate = await throughput(
  (worker) => sandbox.run({ argv: ['./hello'], workDir: boxDirs[worker] as string }),
  concurrency,
);
const boxes = await Promise.all(Array.from({ length: concurrency }, () => openBox({ filesFrom: dir })));
const boxRunRate = await throughput(async (worker) => {
  const result = await (boxes[worker] as SandboxBox).run({ argv: ['./hello'] });
  if (result.stdout !== 'hello\n') throw new Error(`box run: ${result.status} ${result.stderr}`);
}, concurrency);
for (const b of boxes) await b.close();
for (const d of [dir, ...boxDirs]) await sandbox.removeWorkDir(d);

const report = {
  runs: RUNS,
  cores,
  cgroup: sandbox.capabilities.cgroup,
  rows,
  boxOnlyRows,
  throughput: {
    program: 'C hello',
    concurrency,
    bareRunsPerS: bareRate,
    sandboxRunsPerS: boxRate,
    boxRunsPerS: boxRunRate,
    ratio: bareRate / boxRate,
    boxRatio: bareRate / boxRunRate,
  },
};
if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const f = (x: number) => x.toFixed(2).padStart(7);
  console.log(`sandbox per-run cost, ${RUNS} runs each, cgroup ${report.cgroup}, ${cores} cores (ms)`);
  console.log('program         bare med  p90 | one-shot med  p90 ratio | box med    p90 ratio');
  const r2 = (x: number) => x.toFixed(2).padStart(5);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(14)} ${f(r.bare.median)} ${f(r.bare.p90)} | ${f(r.sandbox.median)} ${f(r.sandbox.p90)} ${r2(r.ratio)} | ${f(r.box.median)} ${f(r.box.p90)} ${r2(r.boxRatio)}`,
    );
  }
  console.log('box against bare alone (no one-shot runs in between, as in a judge loop)');
  for (const r of boxOnlyRows) {
    console.log(
      `${r.name.padEnd(14)} ${f(r.bare.median)} ${f(r.bare.p90)} |                         | ${f(r.box.median)} ${f(r.box.p90)} ${r2(r.boxRatio)}`,
    );
  }
  console.log(
    `throughput (C hello, ${concurrency} at once): bare ${bareRate.toFixed(0)} runs/s, one-shot ${boxRate.toFixed(0)} runs/s (ratio ${(bareRate / boxRate).toFixed(2)}), box ${boxRunRate.toFixed(0)} runs/s (ratio ${(bareRate / boxRunRate).toFixed(2)})`,
  );
}
