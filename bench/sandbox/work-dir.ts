/**
 * What a work dir of its own costs: each run's (and box's) work dir is a tmpfs of its own
 * (packages/sandbox/native/work-mount.inc), made by the launcher and detached at removal.
 * Measured side by side, alternating, three ways: a plain directory on the shared work tmpfs (no
 * tmpfs of its own), the tmpfs made by spawning the launcher from Node for each step (what
 * createWorkDir and removeWorkDir did before the helper), and the tmpfs made by the launcher's
 * long-lived helper (launch-helper.ts, what they do now); the pair alone, and a whole one-shot
 * C hello run (create, copy the program in, run, remove).
 * Run: `node --import tsx bench/sandbox/work-dir.ts [--runs N]`.
 */
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { createSandbox } from '@verdict/sandbox';
import { ensureLauncher } from '../../packages/sandbox/src/host.ts';
import { RUN_TMPFS } from '../../packages/sandbox/src/work-dir.ts';

const execFileAsync = promisify(execFile);

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 200;

const sandbox = await createSandbox();
if (!sandbox.capabilities.secure) throw new Error(sandbox.capabilities.problems.join('; '));
const probe = await sandbox.createWorkDir();
const workRoot = dirname(probe);
await sandbox.removeWorkDir(probe);
const src = mkdtempSync(join(tmpdir(), 'verdict-bench-'));
writeFileSync(join(src, 'hello.c'), '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n');
spawnSync('gcc', ['-O2', '-o', join(src, 'hello'), join(src, 'hello.c')]);
chmodSync(join(src, 'hello'), 0o755);

const plain = {
  async create() {
    const dir = await mkdtemp(join(workRoot, `run-${process.pid}-`));
    await chmod(dir, 0o700);
    return dir;
  },
  remove: (dir: string) => rm(dir, { recursive: true, force: true }),
};
const forked = {
  async create() {
    const dir = await mkdtemp(join(workRoot, `run-${process.pid}-`));
    const size = [String(RUN_TMPFS.sizeMb), String(RUN_TMPFS.inodes)];
    await execFileAsync(ensureLauncher(), ['mount-work', dir, ...size], { env: {} });
    await chmod(dir, 0o700);
    return dir;
  },
  remove: (dir: string) => execFileAsync(ensureLauncher(), ['rmtree', dir], { env: {} }).then(() => {}),
};
const helper = { create: () => sandbox.createWorkDir(), remove: (dir: string) => sandbox.removeWorkDir(dir) };

async function pair(kind: typeof plain): Promise<number> {
  const started = performance.now();
  await kind.remove(await kind.create());
  return performance.now() - started;
}

async function cycle(kind: typeof plain): Promise<number> {
  const started = performance.now();
  const dir = await kind.create();
  copyFileSync(join(src, 'hello'), join(dir, 'hello'));
  const result = await sandbox.run({ argv: ['./hello'], workDir: dir });
  if (result.stdout !== 'hello\n') throw new Error(`run: ${result.status} ${result.stderr}`);
  await kind.remove(dir);
  return performance.now() - started;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: at(0.5), p90: at(0.9) };
};

const show = (ms: number[]) => {
  const { median, p90 } = stats(ms);
  return `median ${median.toFixed(2)} p90 ${p90.toFixed(2)} ms`;
};

for (const [name, measure] of [
  ['create + remove', pair],
  ['one-shot C hello cycle', cycle],
] as const) {
  const plainMs: number[] = [];
  const forkedMs: number[] = [];
  const helperMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    plainMs.push(await measure(plain));
    forkedMs.push(await measure(forked));
    helperMs.push(await measure(helper));
  }
  const base = stats(plainMs).median;
  const extra = (ms: number[]) => `+${(stats(ms).median - base).toFixed(2)} ms`;
  console.log(
    `${name}: shared tmpfs ${show(plainMs)}; own tmpfs, launcher spawned per step ${show(forkedMs)} ` +
      `(${extra(forkedMs)}); own tmpfs, helper ${show(helperMs)} (${extra(helperMs)})`,
  );
}
await rm(src, { recursive: true, force: true });
