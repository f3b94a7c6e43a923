import { existsSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SandboxMount } from './types.ts';

/** Where the launcher's init step is mounted inside the sandbox. */
export const SANDBOX_INIT_PATH = '/.verdict/init';
/** The run's private work directory inside the sandbox. */
export const SANDBOX_WORK_DIR = '/box';
export const SANDBOX_PATH = '/usr/local/bin:/usr/bin:/bin';

/** Top-level directories that are symlinks into /usr on merged-/usr hosts, bind mounts elsewhere. */
const ROOT_DIRS = ['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32'];

/**
 * /etc entries toolchains read. Never all of /etc: it holds the host's shadow file, keys and
 * service configuration. A missing entry is skipped.
 */
const ETC_ENTRIES = [
  'ld.so.cache',
  'ld.so.conf',
  'ld.so.conf.d',
  'alternatives',
  'localtime',
  'nsswitch.conf',
  'java-17-openjdk',
  'java-21-openjdk',
  'mono',
  'php',
  'fpc.cfg',
  'fpc-3.2.2.cfg',
  'nim',
  'ssl/openssl.cnf',
  'ghc',
  'gprofng.rc',
];

/** The fixed, read-only part of every sandbox's file system view, computed once per host. */
export interface BaseView {
  args: string[];
}

/**
 * Synthetic passwd and group files: programs that look up their own uid (Java's user.home,
 * Python's getpass) find an entry, and the host's account list stays hidden.
 */
function writeAccountFiles(stateDir: string, uidBase: number, uidCount: number): { passwd: string; group: string } {
  const dir = join(stateDir, 'etc');
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const passwd = ['root:x:0:0:root:/root:/usr/sbin/nologin'];
  const group = ['root:x:0:'];
  for (let i = 0; i < uidCount; i++) {
    const id = uidBase + i;
    passwd.push(`run${i}:x:${id}:${id}:sandboxed run:/tmp:/usr/sbin/nologin`);
    group.push(`run${i}:x:${id}:`);
  }
  const files = { passwd: join(dir, 'passwd'), group: join(dir, 'group') };
  writeFileSync(files.passwd, `${passwd.join('\n')}\n`, { mode: 0o644 });
  writeFileSync(files.group, `${group.join('\n')}\n`, { mode: 0o644 });
  return files;
}

export function buildBaseView(options: {
  stateDir: string;
  launcher: string;
  uidBase: number;
  uidCount: number;
}): BaseView {
  const args = ['--ro-bind', '/usr', '/usr'];
  for (const dir of ROOT_DIRS) {
    const path = `/${dir}`;
    if (!existsSync(path)) continue;
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) args.push('--symlink', `usr/${dir}`, path);
    else if (stat.isDirectory()) args.push('--ro-bind', path, path);
  }
  for (const entry of ETC_ENTRIES) {
    const path = `/etc/${entry}`;
    if (existsSync(path)) args.push('--ro-bind', path, path);
  }
  const accounts = writeAccountFiles(options.stateDir, options.uidBase, options.uidCount);
  args.push('--ro-bind', accounts.passwd, '/etc/passwd', '--ro-bind', accounts.group, '/etc/group');
  // /dev holds only these four devices and the fd links that shells and runtimes expect
  args.push('--tmpfs', '/dev');
  for (const device of ['null', 'zero', 'random', 'urandom']) {
    args.push('--dev-bind', `/dev/${device}`, `/dev/${device}`);
  }
  args.push(
    '--symlink', '/proc/self/fd', '/dev/fd',
    '--symlink', '/proc/self/fd/0', '/dev/stdin',
    '--symlink', '/proc/self/fd/1', '/dev/stdout',
    '--symlink', '/proc/self/fd/2', '/dev/stderr',
    '--remount-ro', '/dev',
    '--proc', '/proc',
    '--ro-bind', options.launcher, SANDBOX_INIT_PATH,
  );
  return { args };
}

/** The per-run part of the view: work dir, /tmp, extra mounts. */
export function runViewArgs(options: { workDir: string; tmpKb: number; mounts: SandboxMount[] }): string[] {
  const args = [
    '--bind', options.workDir, SANDBOX_WORK_DIR,
    '--size', String(options.tmpKb * 1024), '--perms', '1777', '--tmpfs', '/tmp',
  ];
  for (const mount of options.mounts) {
    const target = mount.sandbox ?? mount.host;
    const kind = mount.writable ? '--bind' : '--ro-bind';
    args.push(mount.optional ? `${kind}-try` : kind, mount.host, target);
  }
  return args;
}
