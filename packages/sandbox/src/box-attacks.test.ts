/**
 * Attacks against the prepared box: one test of a submission trying to reach the next one
 * (files, processes, IPC, accounting), or to break the box itself. After each test the host is
 * checked as in attacks.test.ts: no process of a run uid, no run cgroup, the same mounts, no
 * file of a run uid in the shared temporary directories. docs/SECURITY.md lists the results.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { cgroupV2Driver } from './cgroup.ts';
import { findCgroupMounts } from './host.ts';
import type { CgroupDriver, Sandbox, SandboxBox } from './index.ts';
import { SandboxError } from './index.ts';
import { compileC, type HostState, hostState, TEST_UID_BASE, TEST_UID_COUNT, testSandbox } from './test-support.ts';

let sandbox: Sandbox;
let driver: CgroupDriver;
let baseline: HostState;
let files: string;
const boxes: SandboxBox[] = [];

const FIXTURES: Record<string, string> = {
  hello: `#include <stdio.h>
int main(void) { puts("hello"); return 0; }`,
  eat: `#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  size_t mb = (size_t)atoi(argv[1]);
  char *p = malloc(mb << 20); memset(p, 1, mb << 20);
  printf("%d\\n", p[mb]); return 0;
}`,
  burn: `#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  double until = atof(argv[1]); volatile unsigned long x = 0;
  while ((double)clock() / CLOCKS_PER_SEC < until) x++;
  return 0;
}`,
  killall: `#include <stdio.h>
#include <signal.h>
#include <unistd.h>
int main(void) {
  int refused = 0;
  for (int sig = 1; sig < 32; sig++) refused += kill(1, sig) != 0;
  printf("init refused %d of 31\\n", refused);
  printf("kill ppid %d\\n", kill(getppid(), SIGKILL));
  kill(-1, SIGKILL);
  printf("still here\\n");
  return 0;
}`,
  forkbomb: `#include <unistd.h>
int main(void) { for (;;) fork(); }`,
  shm: `#include <stdio.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/msg.h>
int main(int argc, char **argv) {
  if (argv[1][0] == 'w') {
    int id = shmget(4242, 4096, IPC_CREAT | 0600); char *p = shmat(id, 0, 0); strcpy(p, "secret of test 1");
    int q = msgget(4343, IPC_CREAT | 0600);
    printf("made %d %d\\n", id >= 0, q >= 0);
  } else {
    printf("found %d %d\\n", shmget(4242, 0, 0) >= 0, msgget(4343, 0) >= 0);
  }
  return 0;
}`,
};

before(async () => {
  ({ sandbox, driver } = await testSandbox());
  files = await sandbox.createWorkDir();
  for (const [name, source] of Object.entries(FIXTURES)) {
    writeFileSync(join(files, name), readFileSync(compileC(`box-${name}`, source)), { mode: 0o755 });
  }
});

after(async () => {
  await sandbox.removeWorkDir(files);
});

beforeEach(() => {
  baseline = hostState(driver);
});

afterEach(async () => {
  while (boxes.length > 0) await (boxes.pop() as SandboxBox).close();
  const state = hostState(driver);
  assert.deepEqual(state.processes, [], 'no process of a run survives the box');
  assert.deepEqual(state.cgroups, [], 'no cgroup of a run survives the box');
  assert.equal(state.mounts, baseline.mounts, 'no mount of the box survives it');
  assert.deepEqual(
    state.files.filter((file) => !baseline.files.includes(file)),
    [],
    'nothing of the box is left in the host temporary directories',
  );
});

async function openTestBox(on: Sandbox = sandbox): Promise<SandboxBox> {
  const box = await (on.openBox as NonNullable<Sandbox['openBox']>)({ filesFrom: files });
  boxes.push(box);
  return box;
}

const sh = (script: string) => ({ argv: ['sh', '-c', script] });

describe('box: nothing of one test reaches the next', () => {
  test('files written in the work dir and /tmp are gone; the program is pristine again', async () => {
    const box = await openTestBox();
    const first = await box.run(
      sh(
        'echo one > /box/note; mkdir -p /tmp/d/e; echo one > /tmp/d/e/f; chmod 000 /tmp/d/e /tmp/d; ' +
          'echo x > /tmp/top; mv hello moved; echo "#!/bin/sh" > hello; chmod 000 /box; echo done',
      ),
    );
    assert.equal(first.stdout, 'done\n');
    const second = await box.run(sh('ls -A /box; echo --; ls -A /tmp; echo --; ./hello'));
    assert.equal(second.status, 'ok');
    assert.equal(second.stdout, `${Object.keys(FIXTURES).sort().join('\n')}\n--\n--\nhello\n`);
  });

  test('a daemon of test 1 is dead before test 2 starts and cannot write its output', async () => {
    const box = await openTestBox();
    const first = await box.run(
      sh(
        '(setsid sh -c "while :; do echo daemon-out; echo x >> /tmp/daemon; sleep 0.01; done" &) ; ' +
          'setsid sleep 4242 & (sleep 4343 &) ; echo started',
      ),
    );
    assert.equal(first.status, 'ok');
    assert.match(first.stdout, /started\n/);
    const second = await box.run(
      sh('for p in /proc/[0-9]*; do tr "\\0" " " < $p/cmdline; echo; done; ls -A /tmp; sleep 0.1; echo end'),
    );
    assert.equal(second.status, 'ok');
    assert.doesNotMatch(second.stdout, /daemon-out|4242|4343|while/);
    assert.match(second.stdout, /end\n$/);
  });

  test('SysV shared memory and message queues of test 1 are removed', async () => {
    const box = await openTestBox();
    assert.equal((await box.run({ argv: ['./shm', 'w'] })).stdout, 'made 1 1\n');
    assert.equal((await box.run({ argv: ['./shm', 'r'] })).stdout, 'found 0 0\n');
  });
});

describe('box: per-test accounting and limits', () => {
  test('a 200 MB test then a 1 MB test: the second reports its own memory and CPU', async () => {
    const box = await openTestBox();
    const limits = { memoryKb: 320 * 1024, cpuMs: 3_000, wallMs: 10_000 };
    const big = await box.run({ argv: ['./eat', '200'], limits });
    assert.equal(big.status, 'ok');
    assert.ok(big.memoryKb >= 200 * 1024, `big ${big.memoryKb}`);
    const burn = await box.run({ argv: ['./burn', '0.4'], limits });
    assert.ok(burn.cpuMs >= 400, `burn ${burn.cpuMs}`);
    const small = await box.run({ argv: ['./eat', '1'], limits });
    assert.equal(small.status, 'ok');
    assert.ok(small.memoryKb < 8 * 1024, `small ${small.memoryKb}`);
    assert.ok(small.cpuMs < 50, `small cpu ${small.cpuMs}`);
  });

  test('TLE, MLE, a fork bomb and a sleeper each leave the next test correct', async () => {
    const box = await openTestBox();
    const next = async () => {
      const result = await box.run({ argv: ['./hello'] });
      assert.equal(result.status, 'ok');
      assert.equal(result.stdout, 'hello\n');
      assert.ok(result.memoryKb < 8 * 1024);
    };
    const tle = await box.run({ argv: ['./burn', '100'], limits: { cpuMs: 300, wallMs: 3_000 } });
    assert.equal(tle.status, 'time-limit');
    await next();
    const mle = await box.run({ argv: ['./eat', '200'], limits: { memoryKb: 64 * 1024 } });
    assert.equal(mle.status, 'memory-limit');
    await next();
    const bomb = await box.run({ argv: ['./forkbomb'], limits: { cpuMs: 500, wallMs: 1_500, pids: 32 } });
    assert.ok(['time-limit', 'wall-time-limit'].includes(bomb.status), bomb.status);
    await next();
    const sleeper = await box.run({ argv: ['sleep', '100'], limits: { wallMs: 300 } });
    assert.equal(sleeper.status, 'wall-time-limit');
    await next();
    const flood = await box.run({ argv: ['yes'], limits: { stdoutBytes: 1 << 20 } });
    assert.equal(flood.status, 'output-limit');
    assert.equal(flood.stdout.length, 1 << 20);
    await next();
  });
});

describe('box: attacks on the box itself', () => {
  test('kill(-1), killing the parent and every signal to init: the next test is unharmed', async () => {
    const box = await openTestBox();
    const result = await box.run({ argv: ['./killall'] });
    assert.equal(result.status, 'ok');
    assert.equal(result.stdout, 'init refused 31 of 31\nkill ppid -1\nstill here\n');
    const bg = await box.run(sh('sleep 5 & ./killall; wait; echo after'));
    assert.match(bg.stdout, /still here\n/);
    const next = await box.run({ argv: ['./hello'] });
    assert.equal(next.stdout, 'hello\n');
  });

  test('a destroyed box is a SandboxError, never a verdict, and leaves nothing behind', async () => {
    const box = await openTestBox();
    assert.equal((await box.run({ argv: ['./hello'] })).status, 'ok');
    const running = box.run({ ...sh('echo up; sleep 30'), limits: { wallMs: 20_000 } });
    // the zygote: root's process whose command line says so, in this test's uid range
    const zygote = readdirSync('/proc').find((pid) => {
      try {
        return (
          /^\d+$/.test(pid) &&
          readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`zygote\0--socket`) &&
          readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--uid\0${TEST_UID_BASE}`)
        );
      } catch {
        return false;
      }
    });
    assert.ok(zygote, 'the box has a zygote');
    process.kill(Number(zygote), 'SIGKILL');
    await assert.rejects(running, (error: unknown) => error instanceof SandboxError && error.code === 'box-broken');
    await assert.rejects(box.run({ argv: ['./hello'] }), SandboxError);
  });

  test('the box dies with its parent; the next sandbox removes what was left', async () => {
    const script = `
      import { testSandbox } from './test-support.ts';
      const { sandbox } = await testSandbox();
      const box = await sandbox.openBox({});
      const run = box.run({ argv: ['sh', '-c', 'sleep 1000 & echo up; sleep 1000'], limits: { wallMs: 100000 } });
      console.log('open');
      await run;`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: import.meta.dirname,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [first] = (await once(child.stdout, 'data')) as [Buffer];
    assert.equal(first.toString().trim(), 'open');
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
    // the kernel delivers the parent-death signals; wait until they have done their work
    const deadline = Date.now() + 5_000;
    while (hostState(driver).processes.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.deepEqual(hostState(driver).processes, []);
    const { driver: next } = await testSandbox();
    assert.deepEqual(
      next.listRuns().filter((name) => name.startsWith(`run-${child.pid}-`)),
      [],
    );
    assert.ok(TEST_UID_COUNT > 0);
  });
});

describe('box: cgroup v2', () => {
  const mounts = findCgroupMounts();
  const skip = mounts.v2 === null ? 'no cgroup v2 hierarchy on this host' : false;
  test('runs, accounts and kills each test through its own v2 leaf', { skip }, async () => {
    const v2 = cgroupV2Driver(mounts.v2 as string, { root: mounts.v2 as string, allowMissing: true });
    const { sandbox: sb } = await testSandbox(v2);
    const box = await openTestBox(sb);
    const hostile = await box.run({
      ...sh('setsid sh -c "while :; do :; done" & setsid sleep 1000 & while :; do :; done'),
      limits: { cpuMs: 400, wallMs: 3_000 },
    });
    assert.equal(hostile.status, 'time-limit');
    const next = await box.run(sh('ps -e -o comm= | sort | tr "\\n" " "'));
    assert.equal(next.status, 'ok');
    assert.doesNotMatch(next.stdout, /sleep/);
    await box.close();
    assert.deepEqual(v2.listRuns(), []);
    assert.deepEqual(hostState(v2).processes, []);
  });
});
