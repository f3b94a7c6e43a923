import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cgroupV2Driver } from './cgroup.ts';
import { SandboxError } from './errors.ts';
import { findCgroupMounts } from './host.ts';
import type { CgroupDriver, Sandbox, SandboxIo, SandboxLimits } from './index.ts';
import { createSandbox } from './sandbox.ts';
import { classify } from './status.ts';
import { compileC, hostState, testSandbox } from './test-support.ts';

let sandbox: Sandbox;
let driver: CgroupDriver;
const dirs: string[] = [];

before(async () => {
  ({ sandbox, driver } = await testSandbox());
});

after(async () => {
  for (const dir of dirs) await sandbox.removeWorkDir(dir);
});

async function workDir(): Promise<string> {
  const dir = await sandbox.createWorkDir();
  dirs.push(dir);
  return dir;
}

async function run(argv: string[], limits: Partial<SandboxLimits> = {}, stdin?: string) {
  return sandbox.run({
    argv,
    workDir: await workDir(),
    limits,
    ...(stdin === undefined ? {} : { stdin: { data: stdin } }),
  });
}

describe('sandbox basics', () => {
  test('the host can sandbox', () => {
    assert.equal(sandbox.capabilities.secure, true, sandbox.capabilities.problems.join('; '));
  });

  test('runs a program with stdin from a string and captures stdout and stderr', async () => {
    const result = await run(['sh', '-c', 'read a b; echo $((a + b)); echo note >&2'], {}, '2 40\n');
    assert.equal(result.status, 'ok');
    assert.equal(result.exitCode, 0);
    assert.equal(result.stdout, '42\n');
    assert.equal(result.stderr, 'note\n');
    assert.equal(result.stdoutTruncated, false);
  });

  test('stdin from a file the program could not open itself', async () => {
    const dir = await workDir();
    const input = join(dir, '..', `input-${process.pid}.txt`);
    writeFileSync(input, 'from a file\n', { mode: 0o600 });
    const result = await sandbox.run({ argv: ['cat'], workDir: dir, stdin: { file: input } });
    rmSync(input);
    assert.equal(result.stdout, 'from a file\n');
  });

  test('the program runs unprivileged, with no_new_privs and a seccomp filter', async () => {
    const result = await run(['sh', '-c', 'id -u; grep -E "^(NoNewPrivs|Seccomp|CapEff):" /proc/self/status']);
    const [uid, ...rest] = result.stdout.trim().split('\n');
    assert.notEqual(Number(uid), 0);
    assert.match(rest.join('\n'), /CapEff:\s+0000000000000000/);
    assert.match(rest.join('\n'), /NoNewPrivs:\s+1/);
    assert.match(rest.join('\n'), /Seccomp:\s+2/);
  });

  test('non-zero exit is a runtime error with the code', async () => {
    const result = await run(['sh', '-c', 'exit 3']);
    assert.equal(result.status, 'runtime-error');
    assert.equal(result.exitCode, 3);
  });

  test('a signal is reported by name', async () => {
    const result = await run(['sh', '-c', 'kill -SEGV $$']);
    assert.equal(result.status, 'signaled');
    assert.equal(result.signal, 'SIGSEGV');
    assert.equal(result.exitCode, null);
  });

  test('CPU time and peak memory are measured', async () => {
    const burn = compileC(
      'burn',
      `#include <stdlib.h>
#include <string.h>
#include <time.h>
int main(void) {
  char *p = malloc(64 << 20); memset(p, 1, 64 << 20);
  clock_t end = clock() + CLOCKS_PER_SEC * 3 / 10; volatile long x = 0;
  while (clock() < end) x++;
  return p[12345] - 1;
}`,
    );
    const dir = await workDir();
    await sandbox.copyWorkDir(join(burn, '..'), dir).catch(() => {});
    const result = await sandbox.run({ argv: ['/box/burn'], workDir: dir });
    assert.equal(result.status, 'ok', result.stderr);
    assert.ok(result.cpuMs >= 280 && result.cpuMs < 600, `cpuMs ${result.cpuMs}`);
    assert.ok(result.memoryKb >= 64 * 1024, `memoryKb ${result.memoryKb}`);
    assert.ok(result.wallMs >= result.cpuMs - 20, `wallMs ${result.wallMs}`);
  });

  test('the view is read-only outside /box and /tmp', async () => {
    const result = await run([
      'sh',
      '-c',
      'for p in /x /usr/x /etc/x /dev/x /box/ok /tmp/ok; do (echo hi > $p) 2>/dev/null && echo "$p writable"; done',
    ]);
    assert.equal(result.stdout, '/box/ok writable\n/tmp/ok writable\n');
  });

  test('/dev holds only null, zero, random and urandom', async () => {
    const result = await run(['sh', '-c', 'for f in /dev/*; do [ -L "$f" ] || echo "$f"; done']);
    assert.equal(result.stdout, '/dev/null\n/dev/random\n/dev/urandom\n/dev/zero\n');
  });

  test("bad options are the caller's error, not a run", async () => {
    await assert.rejects(run([]), (e: unknown) => e instanceof SandboxError && e.code === 'bad-options');
    await assert.rejects(
      run(['true'], { cpuMs: -1 }),
      (e: unknown) => e instanceof SandboxError && e.code === 'bad-options',
    );
    await assert.rejects(
      sandbox.run({ argv: ['true'], workDir: '/nonexistent/dir' }),
      (e: unknown) => e instanceof SandboxError && e.code === 'bad-options',
    );
    await assert.rejects(
      run(['x'.repeat(600 * 1024)]),
      (e: unknown) => e instanceof SandboxError && e.code === 'bad-options',
    );
  });

  test('a program that does not exist is a sandbox error, never a user verdict', async () => {
    await assert.rejects(
      run(['/box/does-not-exist']),
      (e: unknown) => e instanceof SandboxError && e.code === 'exec-failed' && /ENOENT/.test(e.message),
    );
  });

  test('concurrent runs do not disturb each other', async () => {
    // the work dirs first, so that all eight runs start in the same tick and overlap: a run
    // started after another ended may rightly reuse its uid
    const runDirs = await Promise.all(Array.from({ length: 8 }, () => workDir()));
    const results = await Promise.all(
      runDirs.map((dir, i) => sandbox.run({ argv: ['sh', '-c', `echo ${i}; id -u`], workDir: dir })),
    );
    for (const [i, result] of results.entries()) assert.equal(result.stdout.split('\n')[0], String(i));
    const uids = new Set(results.map((result) => result.stdout.split('\n')[1]));
    assert.equal(uids.size, 8, 'each concurrent run has its own uid');
  });

  test('two runs converse through stdin/stdout streams (interactive problems)', async () => {
    const ios: SandboxIo[] = [];
    const connect = (io: SandboxIo) => {
      ios.push(io);
      if (ios.length < 2) return;
      const [a, b] = ios as [SandboxIo, SandboxIo];
      a.stdout.pipe(b.stdin as NonNullable<SandboxIo['stdin']>);
      b.stdout.pipe(a.stdin as NonNullable<SandboxIo['stdin']>);
    };
    const [first, second] = await Promise.all([
      sandbox.run({
        argv: ['sh', '-c', 'echo 1; read x; echo $((x + 1)); read y; echo "final $y" >&2'],
        workDir: await workDir(),
        stdin: { stream: true },
        onStart: connect,
      }),
      sandbox.run({
        argv: ['sh', '-c', 'read a; echo $((a * 10)); read b; echo $((b * 10))'],
        workDir: await workDir(),
        stdin: { stream: true },
        onStart: connect,
      }),
    ]);
    assert.equal(first.stderr, 'final 110\n');
    assert.equal(first.stdout, '1\n11\n');
    assert.equal(second.stdout, '10\n110\n');
  });

  test('nothing of the runs is left on the host', () => {
    const state = hostState(driver);
    assert.deepEqual(state.cgroups, []);
    assert.deepEqual(state.processes, []);
  });
});

describe('status precedence', () => {
  const base = {
    exitCode: 0,
    signal: null,
    cpuMs: 10,
    cpuLimitMs: 1000,
    killedForCpu: false,
    killedForWall: false,
    oomKilled: false,
    memoryLimitHit: false,
    outputOverflow: false,
  };
  test('each cause maps to its status, the most specific first', () => {
    assert.equal(classify(base), 'ok');
    assert.equal(classify({ ...base, exitCode: 1 }), 'runtime-error');
    assert.equal(classify({ ...base, exitCode: null, signal: 'SIGSEGV' }), 'signaled');
    assert.equal(classify({ ...base, exitCode: null, signal: 'SIGXCPU' }), 'time-limit');
    assert.equal(classify({ ...base, exitCode: null, signal: 'SIGXFSZ' }), 'output-limit');
    assert.equal(classify({ ...base, outputOverflow: true, exitCode: null, signal: 'SIGKILL' }), 'output-limit');
    assert.equal(classify({ ...base, oomKilled: true, exitCode: null, signal: 'SIGKILL' }), 'memory-limit');
    assert.equal(classify({ ...base, oomKilled: true, outputOverflow: true }), 'memory-limit');
    assert.equal(classify({ ...base, killedForWall: true, oomKilled: true }), 'memory-limit');
    // thrashing at the memory cap until the CPU limit, or dying of a failed allocation, is memory
    assert.equal(classify({ ...base, memoryLimitHit: true, killedForCpu: true, cpuMs: 1001 }), 'memory-limit');
    assert.equal(classify({ ...base, memoryLimitHit: true, exitCode: null, signal: 'SIGABRT' }), 'memory-limit');
    assert.equal(classify({ ...base, memoryLimitHit: true, exitCode: 1 }), 'memory-limit');
    // touching the cap and finishing well is fine
    assert.equal(classify({ ...base, memoryLimitHit: true }), 'ok');
    assert.equal(classify({ ...base, killedForWall: true, cpuMs: 1001 }), 'time-limit');
    assert.equal(classify({ ...base, killedForCpu: true, killedForWall: true }), 'time-limit');
  });
});

describe('a host that cannot isolate', () => {
  test('refuses to run untrusted code and says why', async () => {
    const weak = await createSandbox({ bwrap: '/nonexistent/bwrap', uidBase: 62_100, uidCount: 4 });
    assert.equal(weak.capabilities.secure, false);
    assert.match(weak.capabilities.problems.join(' '), /bubblewrap/);
    const dir = await weak.createWorkDir();
    dirs.push(dir);
    await assert.rejects(
      weak.run({ argv: ['true'], workDir: dir }),
      (e: unknown) => e instanceof SandboxError && e.code === 'insecure-host' && /insecure/.test(e.message),
    );
  });

  test('runs with limits but no isolation only when the insecure flag is given', async () => {
    const weak = await createSandbox({ bwrap: '/nonexistent/bwrap', insecure: true, uidBase: 62_100, uidCount: 4 });
    const dir = await weak.createWorkDir();
    dirs.push(dir);
    const ok = await weak.run({ argv: ['sh', '-c', 'echo hi'], workDir: dir });
    assert.equal(ok.stdout, 'hi\n');
    const slow = await weak.run({ argv: ['sleep', '30'], workDir: dir, limits: { wallMs: 300 } });
    assert.equal(slow.status, 'wall-time-limit');
  });
});

describe('cgroup v2', () => {
  const mounts = findCgroupMounts();
  const skip = mounts.v2 === null ? 'no cgroup v2 hierarchy on this host' : false;
  test('tracks, accounts and kills a whole run through one v2 group', { skip }, async () => {
    // On a hybrid host the unified tree has no memory or pids controller: this checks what
    // v2 does here (membership, cpu.stat, cgroup.kill, removal); limits are checked on v1.
    const v2 = cgroupV2Driver(mounts.v2 as string, { root: mounts.v2 as string, allowMissing: true });
    const { sandbox: sb } = await testSandbox(v2);
    assert.equal(sb.capabilities.cgroup, 'v2');
    const dir = await sb.createWorkDir();
    dirs.push(dir);
    const result = await sb.run({
      argv: ['sh', '-c', 'setsid sh -c "while :; do :; done" & setsid sleep 1000 & while :; do :; done'],
      workDir: dir,
      limits: { cpuMs: 400, wallMs: 3_000 },
    });
    assert.equal(result.status, 'time-limit');
    assert.ok(result.cpuMs >= 400, `cpuMs ${result.cpuMs}`);
    assert.deepEqual(v2.listRuns(), []);
    assert.deepEqual(hostState(v2).processes, []);
  });
});
