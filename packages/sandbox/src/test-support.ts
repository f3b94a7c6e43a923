/**
 * Helpers of the sandbox's own tests: build C fixtures on the host, and check the host after a
 * run (no process, cgroup, mount or file of the run left behind).
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CgroupDriver, cgroupV1Driver, cgroupV2Driver } from './cgroup.ts';
import { findCgroupMounts } from './host.ts';
import { createSandboxWithDriver } from './sandbox.ts';
import type { Sandbox, SandboxOptions } from './types.ts';

/** Test runs use their own uid range so a developer's running server never interferes. */
export const TEST_UID_BASE = 62_000;
export const TEST_UID_COUNT = 32;

export function hostDriver(): CgroupDriver {
  const mounts = findCgroupMounts();
  if (mounts.pureV2 && mounts.v2) return cgroupV2Driver(mounts.v2);
  const { memory, pids, cpuacct } = mounts.v1;
  if (!memory || !pids || !cpuacct) throw new Error('no usable cgroup hierarchy on this host');
  return cgroupV1Driver({ memory, pids, cpuacct });
}

export async function testSandbox(
  driver: CgroupDriver = hostDriver(),
  options: SandboxOptions = {},
): Promise<{ sandbox: Sandbox; driver: CgroupDriver }> {
  const sandbox = await createSandboxWithDriver(
    { uidBase: TEST_UID_BASE, uidCount: TEST_UID_COUNT, ...options },
    driver,
  );
  return { sandbox, driver };
}

const fixtureDir = mkdtempSync(join(tmpdir(), 'verdict-fixtures-'));
process.once('exit', () => rmSync(fixtureDir, { recursive: true, force: true }));

/** Compiles a C program on the host (trusted test code) and returns the binary's path. */
export function compileC(name: string, source: string, flags: string[] = []): string {
  const src = join(fixtureDir, `${name}.c`);
  const out = join(fixtureDir, name);
  writeFileSync(src, source);
  const built = spawnSync('gcc', ['-O1', '-o', out, src, ...flags], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`fixture ${name} does not compile:\n${built.stderr}`);
  return out;
}

function runUidProcesses(): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const uid = Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]);
      if (uid >= TEST_UID_BASE && uid < TEST_UID_BASE + TEST_UID_COUNT) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

/** Files owned by a run uid in the host's shared temporary directories. */
function runUidFiles(roots = ['/tmp', '/var/tmp', '/dev/shm'], depth = 3): string[] {
  const found: string[] = [];
  const walk = (dir: string, level: number) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries) {
      const path = join(dir, name);
      try {
        const stat = lstatSync(path);
        if (stat.uid >= TEST_UID_BASE && stat.uid < TEST_UID_BASE + TEST_UID_COUNT) found.push(path);
        if (stat.isDirectory() && level < depth) walk(path, level + 1);
      } catch {
        // gone
      }
    }
  };
  for (const root of roots) walk(root, 0);
  return found;
}

export interface HostState {
  mounts: string;
  cgroups: string[];
  processes: number[];
  files: string[];
}

/** A work dir's mount (run-<pid>-*, box-<pid>-*) of another process: not this test's to count. */
function anotherProcessMount(line: string): boolean {
  const pid = /\/(?:run|box)-(\d+)-/.exec(line)?.[1];
  return pid !== undefined && Number(pid) !== process.pid;
}

export function hostState(driver: CgroupDriver): HostState {
  return {
    mounts: readFileSync('/proc/self/mounts', 'utf8')
      .split('\n')
      .filter((line) => !anotherProcessMount(line))
      .join('\n'),
    cgroups: driver.listRuns().filter((name) => name.startsWith(`run-${process.pid}-`)),
    processes: runUidProcesses(),
    files: runUidFiles(),
  };
}
