/**
 * The launcher's work dir helper (launch-helper.ts, work-mount.inc): requests in parallel,
 * a helper killed under a request, a process that ends with an idle helper, and the helper's
 * refusal of anything but one name of its own root.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SandboxError } from './errors.ts';
import { ensureLauncher } from './host.ts';
import type { Sandbox } from './index.ts';
import { helperPid, helperRequest } from './launch-helper.ts';
import { testSandbox } from './test-support.ts';
import { RUN_TMPFS } from './work-dir.ts';

let sandbox: Sandbox;
let workRoot: string;
let before_: Set<string>;

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

function isMountPoint(path: string): boolean {
  return readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .some((line) => line.split(' ')[1] === path);
}

/** Gone, or a zombie of a parent that is gone too: either way it no longer runs. */
function runs(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

test('work dirs made and removed in parallel each get their own answer', async () => {
  const dirs = await Promise.all(Array.from({ length: 24 }, () => sandbox.createWorkDir()));
  assert.equal(new Set(dirs).size, dirs.length);
  for (const dir of dirs) assert.ok(isMountPoint(dir), `${dir} is a tmpfs of its own`);
  await Promise.all(dirs.map((dir) => sandbox.removeWorkDir(dir)));
  for (const dir of dirs) assert.ok(!existsSync(dir) && !isMountPoint(dir), `${dir} is gone`);
});

test('a helper killed under a request is reaped and replaced, and the request is retried', async () => {
  const first = helperPid(workRoot);
  assert.ok(first !== undefined, 'the helper of the work root runs');
  const dir = mkdtempSync(join(workRoot, `run-${process.pid}-`));
  // stopped, it cannot answer: the request is surely in flight when it is killed
  process.kill(first, 'SIGSTOP');
  const mounted = helperRequest(workRoot, RUN_TMPFS, 'mount', dir.slice(workRoot.length + 1));
  process.kill(first, 'SIGKILL');
  await mounted;
  assert.ok(isMountPoint(dir), 'the retried mount is done');
  const second = helperPid(workRoot);
  assert.ok(second !== undefined && second !== first, 'a new helper runs');
  assert.ok(!runs(first), 'the killed helper is reaped');
  await helperRequest(workRoot, RUN_TMPFS, 'remove', dir.slice(workRoot.length + 1));
  assert.ok(!existsSync(dir) && !isMountPoint(dir));
});

test('a name that is not one entry of the root never reaches the helper', async () => {
  for (const name of ['..', '../etc', 'a/b', 'run x', '.hidden', '', 'a\nb']) {
    await assert.rejects(helperRequest(workRoot, RUN_TMPFS, 'remove', name), (error: unknown) => {
      assert.ok(error instanceof SandboxError && error.code === 'bad-options', String(error));
      return true;
    });
  }
});

test('the helper itself refuses paths, dots and links, and mounts nothing', () => {
  const root = mkdtempSync(join(workRoot, `run-${process.pid}-`));
  try {
    symlinkSync('/etc', join(root, 'link'));
    for (const request of [
      '1 mount ../etc',
      '1 mount /etc',
      '1 remove ..',
      '1 mount link',
      '1 mount nothing',
      'x mount a',
    ]) {
      const helper = spawnSync(ensureLauncher(), ['helper', root, '1', '16'], {
        input: `${request}\n`,
        encoding: 'utf8',
      });
      const answer = helper.stdout.trim();
      assert.ok(helper.status !== 0 || !/ 0$/.test(answer), `${request} is refused (${answer}, ${helper.stderr})`);
    }
    assert.ok(!isMountPoint('/etc') && !isMountPoint(join(root, 'link')), 'nothing was mounted');
    assert.ok(existsSync('/etc/passwd'), 'nothing was removed');
  } finally {
    spawnSync(ensureLauncher(), ['rmtree', root]);
  }
});

test('a process whose helper is idle ends by itself, and its helper ends with it', async () => {
  const support = fileURLToPath(new URL('./test-support.ts', import.meta.url));
  const helperModule = fileURLToPath(new URL('./launch-helper.ts', import.meta.url));
  const script = `
    const { testSandbox } = await import(${JSON.stringify(support)});
    const { helperPid } = await import(${JSON.stringify(helperModule)});
    const { dirname } = await import('node:path');
    const { sandbox } = await testSandbox();
    const dir = await sandbox.createWorkDir();
    await sandbox.removeWorkDir(dir);
    console.log(helperPid(dirname(dir)));
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  const code = await new Promise((resolve) => child.once('close', resolve));
  assert.equal(code, 0);
  const pid = Number(out.trim());
  assert.ok(pid > 0, `the child printed its helper's pid (${out})`);
  // EOF on its stdin (or the parent-death signal) ends it: wait for that, bounded
  for (let waitedMs = 0; runs(pid) && waitedMs < 5_000; waitedMs += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.ok(!runs(pid), 'the helper ended with its process');
});
