/** The prepared box's API: stdin kinds, errors that are ours, and runs one at a time. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import type { CgroupDriver, Sandbox, SandboxBox } from './index.ts';
import { SandboxError } from './index.ts';
import { hostState, testSandbox } from './test-support.ts';

let sandbox: Sandbox;
let driver: CgroupDriver;
let box: SandboxBox;
const hostDir = mkdtempSync(join(tmpdir(), 'verdict-box-test-'));

before(async () => {
  ({ sandbox, driver } = await testSandbox());
  box = await (sandbox.openBox as NonNullable<Sandbox['openBox']>)({});
});

after(async () => {
  await box.close();
  rmSync(hostDir, { recursive: true, force: true });
  assert.deepEqual(hostState(driver).processes, []);
  assert.deepEqual(hostState(driver).cgroups, []);
});

afterEach(() => {
  // between runs of an open box only the box's own cgroup exists
  assert.equal(hostState(driver).cgroups.length, 1);
});

describe('box runs', () => {
  test('stdin from a host file (a regular file inside), from bytes, or nothing', async () => {
    const input = join(hostDir, 'in.txt');
    writeFileSync(input, '2 3\n');
    const fromFile = await box.run({
      argv: ['sh', '-c', 'read a b; echo $((a + b)); stat -L -c %F /dev/stdin'],
      stdin: { file: input },
    });
    assert.equal(fromFile.stdout, '5\nregular file\n');
    const fromData = await box.run({ argv: ['sh', '-c', 'read a; echo got $a'], stdin: { data: 'x\n' } });
    assert.equal(fromData.stdout, 'got x\n');
    const none = await box.run({ argv: ['sh', '-c', 'cat; echo end'] });
    assert.equal(none.stdout, 'end\n');
  });

  test('a stream stdin converses with the program', async () => {
    const result = await box.run({
      argv: ['sh', '-c', 'echo ready; read x; echo $((x * 2))'],
      stdin: { stream: true },
      onStart: (io) => {
        io.stdout.once('data', () => io.stdin?.end('21\n'));
      },
    });
    assert.equal(result.stdout, 'ready\n42\n');
  });

  test('environment, working directory and exit status reach the result', async () => {
    const result = await box.run({
      argv: ['sh', '-c', 'echo $GREETING; pwd; exit 7'],
      env: { GREETING: 'hi' },
      cwd: '/tmp',
    });
    assert.equal(result.stdout, 'hi\n/tmp\n');
    assert.equal(result.status, 'runtime-error');
    assert.equal(result.exitCode, 7);
  });

  test('a program that cannot start is our error, and the box goes on', async () => {
    await assert.rejects(
      box.run({ argv: ['/no/such/program'] }),
      (error: unknown) => error instanceof SandboxError && error.code === 'exec-failed',
    );
    assert.equal((await box.run({ argv: ['true'] })).status, 'ok');
  });

  test('runs asked for at once go one at a time, each with its own output', async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) => box.run({ argv: ['sh', '-c', `echo ${i}`] })),
    );
    assert.deepEqual(
      results.map((result) => result.stdout),
      ['0\n', '1\n', '2\n', '3\n'],
    );
  });

  test('writable mounts are refused: the runs of a box must not share state', async () => {
    await assert.rejects(
      (sandbox.openBox as NonNullable<Sandbox['openBox']>)({ mounts: [{ host: hostDir, writable: true }] }),
      (error: unknown) => error instanceof SandboxError && error.code === 'bad-options',
    );
  });

  test('files added before the first run are part of the prepared state; later they are refused', async () => {
    const other = await (sandbox.openBox as NonNullable<Sandbox['openBox']>)({});
    try {
      const from = mkdtempSync(join(hostDir, 'files-'));
      writeFileSync(join(from, 'data.txt'), 'prepared\n');
      await other.addFiles(from);
      const first = await other.run({ argv: ['sh', '-c', 'cat data.txt; rm data.txt'] });
      assert.equal(first.stdout, 'prepared\n');
      const second = await other.run({ argv: ['cat', 'data.txt'] });
      assert.equal(second.stdout, 'prepared\n');
      await assert.rejects(
        other.addFiles(from),
        (error: unknown) => error instanceof SandboxError && error.code === 'bad-options',
      );
    } finally {
      await other.close();
    }
  });

  test('a closed box refuses to run', async () => {
    const other = await (sandbox.openBox as NonNullable<Sandbox['openBox']>)({});
    await other.close();
    await assert.rejects(other.run({ argv: ['true'] }), SandboxError);
  });
});
