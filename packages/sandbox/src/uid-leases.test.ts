/**
 * Run uids are leased host-wide: a second Verdict process on the host never hands a concurrent
 * run the uid another process's run holds, and a process that dies frees its uids.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SandboxError } from './errors.ts';
import { TEST_UID_BASE, TEST_UID_COUNT, testSandbox } from './test-support.ts';
import { UidLeases } from './uid-leases.ts';

/** The last uid of the test range, so the other sandbox tests (from the first) rarely meet it. */
const UID = TEST_UID_BASE + TEST_UID_COUNT - 1;
const children: ChildProcess[] = [];

after(() => {
  for (const child of children) child.kill('SIGKILL');
});

/** Starts another Verdict process running `body`; resolves once it printed "held". */
async function holder(body: string): Promise<ChildProcess> {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', body], {
    cwd: dir,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(child);
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const [line] = (await once(lines, 'line')) as [string];
  assert.equal(line, 'held');
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

describe('uid leases across processes', () => {
  test('a uid another process holds is skipped, and freed when that process dies', async () => {
    const child = await holder(`
      import { UidLeases } from './uid-leases.ts';
      await new UidLeases(${UID}, 1).take();
      console.log('held');
      process.stdin.resume();
    `);
    await assert.rejects(new UidLeases(UID, 1).take(), /all 1 run uids from \d+ are in use on this host/);
    const other = await new UidLeases(UID - 1, 2).take();
    assert.equal(other.uid, UID - 1);
    other.release();
    await kill(child);
    const freed = await new UidLeases(UID, 1).take();
    assert.equal(freed.uid, UID);
    freed.release();
  });

  test('a sandbox does not run with the uid of another process’s open box', async () => {
    const child = await holder(`
      import { testSandbox } from './test-support.ts';
      const { sandbox } = await testSandbox(undefined, { uidBase: ${UID}, uidCount: 1 });
      const box = await sandbox.openBox({});
      console.log('held');
      process.stdin.resume();
      process.stdin.once('end', () => box.close());
    `);
    const { sandbox } = await testSandbox(undefined, { uidBase: UID, uidCount: 1 });
    const dir = await sandbox.createWorkDir();
    try {
      await assert.rejects(sandbox.run({ argv: ['id', '-u'], workDir: dir }), (error: unknown) => {
        assert.ok(error instanceof SandboxError, String(error));
        assert.equal(error.code, 'launch-failed');
        return true;
      });
      // closed, not killed: a killed box would leave its cgroup for the next start-up to find
      const exited = once(child, 'exit');
      child.stdin?.end();
      await exited;
      const result = await sandbox.run({ argv: ['id', '-u'], workDir: dir });
      assert.equal(result.stdout.trim(), String(UID));
    } finally {
      await sandbox.removeWorkDir(dir);
    }
  });
});
