/**
 * What a work dir of its own costs: each run's (and box's) work dir is a tmpfs of its own
 * (packages/sandbox/native/work-mount.inc), made by the launcher and detached at removal.
 * Measured side by side, alternating, against a plain directory on the shared work tmpfs (what
 * createWorkDir and removeWorkDir did before): the pair alone, and a whole one-shot C hello run
 * (create, copy the program in, run, remove).
 * Run: `node --import tsx bench/sandbox/work-dir.ts [--runs N]`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createSandbox } from '@verdict/sandbox';

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
const own = { create: () => sandbox.createWorkDir(), remove: (dir: string) => sandbox.removeWorkDir(dir) };

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

for (const [name, measure] of [
  ['create + remove', pair],
  ['one-shot C hello cycle', cycle],
] as const) {
  const plainMs: number[] = [];
  const ownMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    plainMs.push(await measure(plain));
    ownMs.push(await measure(own));
  }
  const p = stats(plainMs);
  const o = stats(ownMs);
  console.log(
    `${name}: shared tmpfs median ${p.median.toFixed(2)} p90 ${p.p90.toFixed(2)} ms; ` +
      `own tmpfs median ${o.median.toFixed(2)} p90 ${o.p90.toFixed(2)} ms; ` +
      `+${(o.median - p.median).toFixed(2)} ms (${(o.median / p.median).toFixed(2)}x)`,
  );
}
await rm(src, { recursive: true, force: true });
