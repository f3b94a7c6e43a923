/**
 * The attack suite: hostile programs against the real sandbox. Every outcome is asserted, and
 * after each attack the host is checked: no process of a run uid, no run cgroup, the same
 * mounts, no file of a run uid in the shared temporary directories. docs/SECURITY.md lists
 * these attacks and their results.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { dirname, join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import type { CgroupDriver, RunOptions, Sandbox, SandboxLimits, SandboxResult } from './index.ts';
import { compileC, type HostState, hostState, testSandbox } from './test-support.ts';

let sandbox: Sandbox;
let driver: CgroupDriver;
let baseline: HostState;
const dirs: string[] = [];
/** Host paths the attacks try to reach; they must stay untouched. */
const hostArea = `/var/tmp/verdict-attack-${process.pid}`;
const HOST_CANARY = `canary-${process.pid}-${Date.now()}`;

before(async () => {
  ({ sandbox, driver } = await testSandbox());
  mkdirSync(join(hostArea, 'testdata'), { recursive: true });
  writeFileSync(join(hostArea, 'testdata', 'answer.txt'), 'the hidden answer\n');
  writeFileSync(join(hostArea, 'target.txt'), 'original\n');
  process.env.VERDICT_HOST_CANARY = HOST_CANARY;
  baseline = hostState(driver);
});

after(() => {
  rmSync(hostArea, { recursive: true, force: true });
});

beforeEach(() => {
  baseline = hostState(driver);
});

afterEach(async () => {
  while (dirs.length > 0) await sandbox.removeWorkDir(dirs.pop() as string);
  const state = hostState(driver);
  assert.deepEqual(state.processes, [], 'no process of a run survives it');
  assert.deepEqual(state.cgroups, [], 'no cgroup of a run survives it');
  assert.equal(state.mounts, baseline.mounts, 'no mount of a run survives it');
  const newFiles = state.files.filter((file) => !baseline.files.includes(file));
  assert.deepEqual(newFiles, [], 'nothing of a run is left in the host temporary directories');
  assert.equal(readFileSync(join(hostArea, 'target.txt'), 'utf8'), 'original\n');
});

async function workDir(): Promise<string> {
  const dir = await sandbox.createWorkDir();
  dirs.push(dir);
  return dir;
}

/** Runs a host-compiled C fixture inside the sandbox. */
async function runC(
  name: string,
  source: string,
  limits: Partial<SandboxLimits> = {},
  extra: Partial<RunOptions> = {},
): Promise<SandboxResult> {
  const binary = compileC(name, source, name === 'i386' ? [] : []);
  const dir = await workDir();
  writeFileSync(join(dir, name), readFileSync(binary), { mode: 0o755 });
  return sandbox.run({ argv: [`./${name}`], workDir: dir, limits, ...extra });
}

async function runSh(script: string, limits: Partial<SandboxLimits> = {}): Promise<SandboxResult> {
  return sandbox.run({ argv: ['sh', '-c', script], workDir: await workDir(), limits });
}

describe('resource attacks', () => {
  test('fork bomb: capped by the pids limit, ended by the time limit', async () => {
    const result = await runC(
      'forkbomb',
      `#include <unistd.h>
int main(void) { for (;;) fork(); }`,
      { cpuMs: 1_000, wallMs: 3_000, pids: 32 },
    );
    assert.ok(['time-limit', 'wall-time-limit'].includes(result.status), result.status);
  });

  test('memory bomb in C: memory-limit', async () => {
    const result = await runC(
      'membomb',
      `#include <stdlib.h>
#include <string.h>
int main(void) { for (;;) { char *p = malloc(1 << 20); if (p) memset(p, 7, 1 << 20); } }`,
      { memoryKb: 64 * 1024 },
    );
    assert.equal(result.status, 'memory-limit');
    assert.ok(result.memoryKb >= 60 * 1024, `peak ${result.memoryKb} KB`);
  });

  test('memory bomb in Python: memory-limit', async () => {
    const result = await sandbox.run({
      argv: ['python3', '-c', 'a = []\nwhile True: a.append(bytearray(1 << 20))'],
      workDir: await workDir(),
      limits: { memoryKb: 64 * 1024 },
    });
    assert.equal(result.status, 'memory-limit');
  });

  test('memory bomb in Java (heap above the cgroup limit): memory-limit', async () => {
    const dir = await workDir();
    writeFileSync(
      join(dir, 'Bomb.java'),
      'import java.util.*;\npublic class Bomb { public static void main(String[] a) { List<long[]> l = new ArrayList<>(); while (true) l.add(new long[1 << 17]); } }\n',
    );
    const javaLimits = { memoryKb: 512 * 1024, pids: 128, cpuMs: 10_000, wallMs: 20_000 };
    const compiled = await sandbox.run({ argv: ['javac', 'Bomb.java'], workDir: dir, limits: javaLimits });
    assert.equal(compiled.status, 'ok', compiled.stderr);
    const result = await sandbox.run({
      argv: ['java', '-Xmx2g', '-XX:+UseSerialGC', 'Bomb'],
      workDir: dir,
      limits: { ...javaLimits, memoryKb: 160 * 1024 },
    });
    assert.equal(result.status, 'memory-limit', result.stderr);
  });

  test('infinite loop: time-limit at the CPU limit', async () => {
    const result = await runC('spin', 'int main(void) { for (;;) {} }', { cpuMs: 500, wallMs: 5_000 });
    assert.equal(result.status, 'time-limit');
    assert.ok(result.cpuMs >= 500 && result.cpuMs < 1_000, `cpuMs ${result.cpuMs}`);
  });

  test('threads burning several cores: time-limit counts the whole tree', async () => {
    const result = await runSh('for i in 1 2 3 4; do (while :; do :; done) & done; wait', {
      cpuMs: 600,
      wallMs: 5_000,
    });
    assert.equal(result.status, 'time-limit');
    assert.ok(result.cpuMs >= 600, `cpuMs ${result.cpuMs}`);
  });

  test('sleep forever: wall-time-limit', async () => {
    const started = Date.now();
    const result = await runSh('sleep 1000', { wallMs: 400 });
    assert.equal(result.status, 'wall-time-limit');
    assert.ok(Date.now() - started < 3_000);
  });

  test('setsid and daemonised children die with the run', async () => {
    const result = await runC(
      'daemon',
      `#include <stdio.h>
#include <unistd.h>
#include <fcntl.h>
int main(void) {
  if (fork() == 0) {
    setsid();
    if (fork() == 0) {
      for (int i = 0;; i++) { int fd = open("/box/alive", O_WRONLY | O_CREAT | O_APPEND, 0644); (void)!write(fd, "x", 1); close(fd); usleep(10000); }
    }
    _exit(0);
  }
  usleep(100000);
  puts("parent done");
  return 0;
}`,
    );
    assert.equal(result.status, 'ok');
    assert.equal(result.stdout, 'parent done\n');
    // the daemon's writes stop with the run: the file does not grow any more
    const alive = join(dirs[dirs.length - 1] as string, 'alive');
    const size = existsSync(alive) ? readFileSync(alive).length : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(existsSync(alive) ? readFileSync(alive).length : 0, size);
  });

  test('stdout flood: output-limit, truncated at the cap', async () => {
    const result = await runSh('yes flood', { stdoutBytes: 1 << 20 });
    assert.equal(result.status, 'output-limit');
    assert.equal(result.stdoutTruncated, true);
    assert.equal(result.stdout.length, 1 << 20);
  });

  test('stderr flood: output-limit, truncated at the cap', async () => {
    const result = await runSh('yes flood >&2', { stderrBytes: 64 * 1024 });
    assert.equal(result.status, 'output-limit');
    assert.equal(result.stderrTruncated, true);
    assert.equal(result.stderr.length, 64 * 1024);
  });

  test('filling /tmp stops at its size cap', async () => {
    const result = await runSh(
      'i=0; while dd if=/dev/zero of=/tmp/f$i bs=1M count=1 2>/dev/null; do i=$((i+1)); done; echo $i',
      { tmpKb: 8 * 1024, memoryKb: 128 * 1024, wallMs: 10_000 },
    );
    assert.equal(result.status, 'ok');
    assert.ok(Number(result.stdout) <= 8, `wrote ${result.stdout.trim()} MB into an 8 MB /tmp`);
  });

  test('filling the work dir ends at the memory limit, not on the host disk', async () => {
    const result = await runSh(
      'i=0; while dd if=/dev/zero of=/box/f$i bs=1M count=1 2>/dev/null; do i=$((i+1)); done; echo $i',
      { memoryKb: 48 * 1024, fileSizeKb: 2 * 1024, wallMs: 10_000 },
    );
    assert.equal(result.status, 'memory-limit');
  });

  test('a single huge file is cut by the file size limit', async () => {
    const result = await runC(
      'bigfile',
      `#include <stdio.h>
#include <string.h>
int main(void) { static char buf[1 << 16]; memset(buf, 'a', sizeof buf);
  FILE *f = fopen("/box/big", "w"); for (;;) { if (fwrite(buf, 1, sizeof buf, f) != sizeof buf) return 5; fflush(f); } }`,
      { fileSizeKb: 1024 },
    );
    assert.equal(result.status, 'output-limit');
    assert.equal(result.signal, 'SIGXFSZ');
  });
});

describe('network attacks', () => {
  let server: Server;
  let port = 0;
  let connections = 0;
  before(async () => {
    server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  after(() => server.close());

  test('no TCP connection to a port the host opened on 127.0.0.1', async () => {
    const result = await sandbox.run({
      argv: [
        'python3',
        '-c',
        `import socket
try:
    socket.create_connection(("127.0.0.1", ${port}), timeout=2); print("connected")
except OSError as e:
    print("refused", e.errno)`,
      ],
      workDir: await workDir(),
    });
    assert.match(result.stdout, /^refused/);
    assert.equal(connections, 0);
  });

  test('no route to any outside address: no interface but an unconfigured loopback', async () => {
    // Checked before any connect is tried, so even a broken sandbox sends no packet out.
    const result = await sandbox.run({
      argv: [
        'python3',
        '-c',
        `import socket
routes = open("/proc/net/route").read().strip().splitlines()[1:]
ifaces = [l.split(":")[0].strip() for l in open("/proc/net/dev").read().splitlines()[2:]]
print("routes", len(routes), "ifaces", ",".join(ifaces))
if not routes:
    try:
        socket.create_connection(("192.0.2.1", 80), timeout=2); print("connected")
    except OSError as e:
        print("unreachable", e.errno)`,
      ],
      workDir: await workDir(),
    });
    assert.equal(result.stdout, 'routes 0 ifaces lo\nunreachable 101\n');
  });

  test('raw, packet and vsock sockets are denied', async () => {
    const result = await runC(
      'sockets',
      `#include <stdio.h>
#include <errno.h>
#include <sys/socket.h>
#include <netinet/in.h>
int main(void) {
  int raw = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP); printf("raw %d %d\\n", raw, errno); errno = 0;
  int raw6 = socket(AF_INET6, SOCK_RAW | SOCK_CLOEXEC, 58); printf("raw6 %d %d\\n", raw6, errno); errno = 0;
  int pkt = socket(17 /* AF_PACKET */, SOCK_DGRAM, 0); printf("packet %d %d\\n", pkt, errno); errno = 0;
  int vs = socket(40 /* AF_VSOCK */, SOCK_STREAM, 0); printf("vsock %d %d\\n", vs, errno); errno = 0;
  int tcp = socket(AF_INET, SOCK_STREAM, 0); printf("tcp-socket %d\\n", tcp >= 0);
  return 0;
}`,
    );
    assert.equal(result.stdout, 'raw -1 1\nraw6 -1 1\npacket -1 1\nvsock -1 1\ntcp-socket 1\n');
  });
});

describe('file system attacks', () => {
  test('/etc/shadow and the host /proc/1/environ are out of reach', async () => {
    const result = await runSh(
      'cat /etc/shadow 2>&1 | head -1; tr "\\0" "\\n" < /proc/1/environ 2>&1 | head -50; ls /proc | grep -cE "^[0-9]+$"',
    );
    assert.match(result.stdout, /No such file/);
    assert.doesNotMatch(result.stdout, new RegExp(HOST_CANARY));
    // only the run's own processes are visible: init, sh and its pipeline
    const visible = Number(result.stdout.trim().split('\n').at(-1));
    assert.ok(visible <= 6, `${visible} processes visible`);
  });

  test('the test data and other work dirs on the host are not visible', async () => {
    const other = await workDir();
    writeFileSync(join(other, 'solution.cpp'), 'someone else\n');
    const result = await runSh(
      `cat ${join(hostArea, 'testdata', 'answer.txt')} 2>&1; cat ${join(other, 'solution.cpp')} 2>&1; ls ${dirname(other)} 2>&1; ls /var/tmp 2>&1`,
    );
    assert.doesNotMatch(result.stdout, /hidden answer|someone else/);
    assert.match(result.stdout, /No such file/);
  });

  test("reading a concurrently running run's work dir fails", async () => {
    const victimDir = await workDir();
    writeFileSync(join(victimDir, 'secret.txt'), 'victim secret\n');
    const victim = sandbox.run({ argv: ['sleep', '1'], workDir: victimDir, limits: { wallMs: 5_000 } });
    const attacker = await runSh(`cat ${victimDir}/secret.txt 2>&1; cat /proc/*/root/box/secret.txt 2>&1`);
    assert.doesNotMatch(attacker.stdout, /victim secret/);
    assert.equal((await victim).status, 'ok');
  });

  test('a symlink left in the work dir never redirects the host (CVE-2024-28185 pattern)', async () => {
    const target = join(hostArea, 'target.txt');
    const dir = await workDir();
    const result = await sandbox.run({
      argv: [
        'sh',
        '-c',
        `ln -s ${target} /box/main; ln -s ${hostArea} /box/dirlink; mkdir /box/sub; ln -s ${target} /box/sub/out; echo done`,
      ],
      workDir: dir,
    });
    assert.equal(result.stdout, 'done\n');
    // the host's next steps: copy artifacts to a fresh dir, run again there, remove both
    const fresh = await workDir();
    await sandbox.copyWorkDir(dir, fresh);
    assert.equal(existsSync(join(fresh, 'main')), false, 'symlinks are not copied');
    assert.equal(existsSync(join(fresh, 'sub')), true);
    const second = await sandbox.run({
      argv: ['sh', '-c', 'echo overwritten > /box/main 2>/dev/null; ls /box'],
      workDir: fresh,
      stdin: { data: 'x' },
    });
    assert.equal(second.status, 'ok');
    await sandbox.removeWorkDir(dir);
    assert.equal(readFileSync(target, 'utf8'), 'original\n');
    assert.equal(existsSync(join(hostArea, 'testdata', 'answer.txt')), true, 'removal did not follow dirlink');
  });

  test('hard links to host files are impossible', async () => {
    const result = await runSh(`ln /usr/bin/sh /box/sh 2>&1; ln /etc/passwd /box/p 2>&1; echo end`);
    assert.match(result.stdout, /end/);
    assert.doesNotMatch(result.stdout.replace(/.*end/s, ''), /./);
    assert.match(result.stdout, /Invalid cross-device link|Operation not permitted|Read-only/);
  });
});

describe('kernel attack surface', () => {
  test('ptrace, process_vm_readv and the other denied syscalls fail with EPERM', async () => {
    const result = await runC(
      'syscalls',
      `#define _GNU_SOURCE
#include <stdio.h>
#include <errno.h>
#include <unistd.h>
#include <sched.h>
#include <sys/syscall.h>
#include <sys/ptrace.h>
#define TRY(name, call) do { errno = 0; long r = (call); printf("%s %ld %d\\n", name, r, errno); } while (0)
int main(void) {
  TRY("ptrace", ptrace(PTRACE_TRACEME, 0, 0, 0));
  TRY("ptrace_attach", ptrace(PTRACE_ATTACH, 1, 0, 0));
  TRY("process_vm_readv", syscall(SYS_process_vm_readv, 1, 0, 0, 0, 0, 0));
  TRY("keyctl", syscall(SYS_keyctl, 0, 0, 0, 0, 0));
  TRY("add_key", syscall(SYS_add_key, "user", "k", "v", 1, -2));
  TRY("bpf", syscall(SYS_bpf, 0, 0, 0));
  TRY("perf_event_open", syscall(SYS_perf_event_open, 0, 0, -1, -1, 0));
  TRY("userfaultfd", syscall(SYS_userfaultfd, 0));
  TRY("io_uring_setup", syscall(SYS_io_uring_setup, 8, 0));
  TRY("mount", syscall(SYS_mount, "none", "/tmp", "tmpfs", 0, 0));
  TRY("umount2", syscall(SYS_umount2, "/box", 0));
  TRY("pivot_root", syscall(SYS_pivot_root, "/tmp", "/tmp"));
  TRY("unshare", syscall(SYS_unshare, CLONE_NEWUSER));
  TRY("setns", syscall(SYS_setns, 0, 0));
  TRY("clone_newuser", syscall(SYS_clone, CLONE_NEWUSER | 17, 0, 0, 0, 0));
  TRY("kexec_load", syscall(SYS_kexec_load, 0, 0, 0, 0));
  TRY("reboot", syscall(SYS_reboot, 0, 0, 0, 0));
  TRY("swapon", syscall(SYS_swapon, "/box/x", 0));
  TRY("init_module", syscall(SYS_init_module, 0, 0, ""));
  TRY("open_by_handle_at", syscall(SYS_open_by_handle_at, 0, 0, 0));
  TRY("clone3", syscall(SYS_clone3, 0, 0));
  return 0;
}`,
    );
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines.length, 21, result.stdout + result.stderr);
    for (const line of lines) {
      const [name, ret, errno] = line.split(' ');
      assert.equal(ret, '-1', line);
      assert.equal(
        errno,
        name === 'clone3' ? '38' : '1',
        `${name} must fail with ${name === 'clone3' ? 'ENOSYS' : 'EPERM'}`,
      );
    }
  });

  test('an i386 syscall (int 0x80) kills the program', async () => {
    const result = await runC(
      'i386',
      `#include <stdio.h>
int main(void) { int ret; puts("before"); fflush(stdout);
  __asm__ volatile ("int $0x80" : "=a"(ret) : "a"(20)); printf("after %d\\n", ret); return 0; }`,
    );
    assert.equal(result.status, 'signaled');
    assert.equal(result.signal, 'SIGSYS');
    assert.equal(result.stdout, 'before\n');
  });

  test('an x32 syscall kills the program', async () => {
    const result = await runC(
      'x32',
      `#include <unistd.h>
#include <sys/syscall.h>
int main(void) { syscall(0x40000000 | 39); return 0; }`,
    );
    assert.equal(result.signal, 'SIGSYS');
  });

  test('kill(-1) and killing the parent hurt nobody else', async () => {
    const neighbourDir = await workDir();
    const neighbour = sandbox.run({ argv: ['sh', '-c', 'sleep 0.6; echo neighbour ok'], workDir: neighbourDir });
    const result = await runC(
      'killall',
      `#include <stdio.h>
#include <signal.h>
#include <unistd.h>
int main(void) {
  printf("kill-1 %d\\n", kill(-1, SIGKILL) == 0 || 1);
  printf("killppid %d\\n", kill(getppid(), SIGKILL));
  printf("kill1 %d\\n", kill(1, SIGKILL));
  printf("still here\\n");
  return 0;
}`,
    );
    assert.match(result.stdout, /still here/);
    assert.equal(result.status, 'ok');
    const other = await neighbour;
    assert.equal(other.stdout, 'neighbour ok\n');
  });

  test('a huge argv to execve is refused by the kernel, the run reports normally', async () => {
    const result = await runC(
      'bigargv',
      `#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
int main(void) {
  size_t n = 1 << 20; char **argv = malloc((n + 2) * sizeof *argv); char *arg = malloc(64);
  memset(arg, 'a', 63); arg[63] = 0;
  argv[0] = "sh"; for (size_t i = 1; i <= n; i++) argv[i] = arg; argv[n + 1] = NULL;
  execv("/bin/sh", argv); printf("execv failed %d\\n", errno); return 0;
}`,
    );
    assert.equal(result.status, 'ok');
    assert.equal(result.stdout, 'execv failed 7\n');
  });

  test('closing stdout early: the rest of the run still reports, the host is unharmed', async () => {
    const result = await sandbox.run({
      argv: ['sh', '-c', 'exec 1>&-; exec 0<&-; echo after >&2; sleep 0.1; echo late >&2'],
      workDir: await workDir(),
      stdin: { data: 'x'.repeat(4 << 20) },
    });
    assert.equal(result.status, 'ok');
    assert.equal(result.stderr, 'after\nlate\n');
  });

  test('setuid binaries give nothing back (no_new_privs)', async () => {
    const su = spawnSync('sh', ['-c', 'command -v su || true'], { encoding: 'utf8' }).stdout.trim();
    const result = await runSh(`${su || '/usr/bin/su'} -c id root 2>&1; id -u`);
    assert.doesNotMatch(result.stdout, /uid=0/);
    assert.notEqual(result.stdout.trim().split('\n').at(-1), '0');
  });
});
