/**
 * Attacks on the host's disk through what a run leaves behind: code that runs while compiling
 * (Template Haskell, Nim `static:`, ...) writes sparse giants, many files or a tree deeper than
 * PATH_MAX, and the host must carry none of it to the next run, remove all of it, and let no
 * run take the space another run needs. docs/SECURITY.md lists the results.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CARRY_LIMITS } from './carry.ts';
import { ensureLauncher } from './host.ts';
import type { Sandbox, SandboxLimits } from './index.ts';
import { SandboxError } from './index.ts';
import { testSandbox } from './test-support.ts';

let sandbox: Sandbox;
let workRoot: string;
let before_: Set<string>;
const MIB = 1024 * 1024;
// as a compile's (packages/languages/src/program.ts)
const LIMITS: Partial<SandboxLimits> = { memoryKb: 512 * 1024, fileSizeKb: 256 * 1024, wallMs: 30_000, cpuMs: 20_000 };

before(async () => {
  ({ sandbox } = await testSandbox());
  const probe = await sandbox.createWorkDir();
  workRoot = dirname(probe);
  await sandbox.removeWorkDir(probe);
  before_ = new Set(readdirSync(workRoot));
});

after(() => {
  const left = readdirSync(workRoot).filter((name) => !before_.has(name) && name.includes(`-${process.pid}-`));
  assert.deepEqual(left, [], 'every work dir of this process is gone');
});

/** Runs a shell script in a fresh work dir ("the compile") and returns that dir. */
async function leave(script: string): Promise<string> {
  const dir = await sandbox.createWorkDir();
  const result = await sandbox.run({ argv: ['sh', '-c', script], workDir: dir, limits: LIMITS });
  assert.equal(result.status, 'ok', result.stderr);
  return dir;
}

async function copyFails(from: string, pattern: RegExp): Promise<void> {
  const to = await sandbox.createWorkDir();
  try {
    await assert.rejects(sandbox.copyWorkDir(from, to), (error: unknown) => {
      assert.ok(error instanceof SandboxError, String(error));
      assert.equal(error.code, 'files-limit', error.message);
      assert.match(error.message, pattern);
      return true;
    });
  } finally {
    await sandbox.removeWorkDir(to);
  }
}

describe('what a compile leaves for its runs', () => {
  test('sparse files stay sparse in the copy', async () => {
    const from = await leave('truncate -s 200M sparse && printf x >> sparse');
    const to = await sandbox.createWorkDir();
    try {
      await sandbox.copyWorkDir(from, to);
      const copied = statSync(`${to}/sparse`);
      assert.equal(copied.size, 200 * MIB + 1);
      assert.ok(copied.blocks * 512 < MIB, `the copy takes ${copied.blocks * 512} bytes`);
    } finally {
      await sandbox.removeWorkDir(to);
      await sandbox.removeWorkDir(from);
    }
  });

  test('16 sparse files of 255 MiB are refused, not copied dense', async () => {
    const from = await leave('for i in $(seq 16); do truncate -s 255M big$i; done');
    try {
      await copyFails(from, /exceeds 256 MiB in total/);
    } finally {
      await sandbox.removeWorkDir(from);
    }
  });

  test('more files than the carry limit are refused', async () => {
    const count = CARRY_LIMITS.entries + 10;
    const from = await leave(`mkdir m && cd m && seq ${count} | xargs touch`);
    try {
      await copyFails(from, /exceeds 4096 files and directories/);
    } finally {
      await sandbox.removeWorkDir(from);
    }
  });

  test('a tree of 250 nested 30-character dirs is refused and removed', async () => {
    const name = 'd'.repeat(30);
    const from = await leave(
      `for i in $(seq 250); do mkdir ${name} && cd -P ${name} || exit 1; done; head -c ${30 * MIB} /dev/zero | tr '\\0' x > data`,
    );
    try {
      await copyFails(from, /exceeds a depth of 16 directories/);
    } finally {
      await sandbox.removeWorkDir(from);
    }
    assert.throws(() => lstatSync(from), { code: 'ENOENT' });
  });
});

/** A tree deeper than PATH_MAX, built with relative names as any program can. */
function deepTreeScript(depth: number, bottomMib: number): string {
  const name = 'd'.repeat(30);
  return `for i in $(seq ${depth}); do mkdir ${name} && cd -P ${name} || exit 1; done; head -c ${bottomMib * MIB} /dev/zero | tr '\\0' x > data`;
}

describe('removing what a run leaves', () => {
  test('a box resets a work dir and a /tmp holding trees deeper than PATH_MAX', async () => {
    assert.ok(sandbox.openBox);
    const box = await sandbox.openBox({});
    try {
      const deep = deepTreeScript(250, 1);
      const first = await box.run({ argv: ['sh', '-c', `(${deep}) && cd /tmp && ${deep}`], limits: LIMITS });
      assert.equal(first.status, 'ok', first.stderr);
      const second = await box.run({ argv: ['sh', '-c', 'ls -A . /tmp | wc -w'], limits: LIMITS });
      assert.equal(second.status, 'ok', second.stderr);
      assert.equal(second.stdout.trim(), '2', 'only the two listing headers are left');
    } finally {
      await box.close();
    }
  });

  test('dirs of a Verdict process that died are swept at start-up, however deep', async () => {
    const dead = spawnSync('true').pid as number;
    const renamed = join(workRoot, `run-${dead}-stale`);
    mkdirSync(renamed);
    const built = spawnSync('sh', ['-c', deepTreeScript(200, 1)], { cwd: renamed, encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    const box = join(workRoot, `box-${dead}-stale`);
    mkdirSync(box);
    const mounted = spawnSync(ensureLauncher(), ['mount-work', box, '1', '16']);
    assert.equal(mounted.status, 0, String(mounted.stderr));
    writeFileSync(join(box, 'left'), 'x');
    await testSandbox();
    assert.throws(() => lstatSync(renamed), { code: 'ENOENT' });
    assert.throws(() => lstatSync(box), { code: 'ENOENT' });
  });
});

describe('the space of concurrent runs', () => {
  test('a run that fills its work dir takes no space another run needs', async () => {
    const hog = await sandbox.createWorkDir();
    const other = await sandbox.createWorkDir();
    try {
      const big = { ...LIMITS, memoryKb: 2048 * 1024, fileSizeKb: 2048 * 1024 };
      const [filled, wrote] = await Promise.all([
        sandbox.run({ argv: ['sh', '-c', `head -c ${1536 * MIB} /dev/zero > fill`], workDir: hog, limits: big }),
        sandbox.run({
          argv: ['sh', '-c', `head -c ${100 * MIB} /dev/zero > data && wc -c < data`],
          workDir: other,
          limits: LIMITS,
        }),
      ]);
      assert.equal(wrote.status, 'ok', wrote.stderr);
      assert.equal(wrote.stdout.trim(), String(100 * MIB));
      assert.match(filled.stderr, /No space left on device/);
      assert.ok(statSync(join(hog, 'fill')).size <= 1024 * MIB);
    } finally {
      await sandbox.removeWorkDir(hog);
      await sandbox.removeWorkDir(other);
    }
  });
});
