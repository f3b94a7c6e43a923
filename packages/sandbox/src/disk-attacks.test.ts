/**
 * Attacks on the host's disk through what a run leaves behind: code that runs while compiling
 * (Template Haskell, Nim `static:`, ...) writes sparse giants, many files or a tree deeper than
 * PATH_MAX, and the host must carry none of it to the next run, remove all of it, and let no
 * run take the space another run needs. docs/SECURITY.md lists the results.
 */
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CARRY_LIMITS } from './carry.ts';
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
});
