import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
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

/** The fixed, read-only part of every sandbox's file system view, computed once per process. */
export interface BaseView {
  args: string[];
  /** Host directory holding the prepared /etc and /dev; removed by dispose(). */
  dir: string;
  dispose(): void;
}

const DEVICES = [
  { name: 'null', major: 1, minor: 3 },
  { name: 'zero', major: 1, minor: 5 },
  { name: 'random', major: 1, minor: 8 },
  { name: 'urandom', major: 1, minor: 9 },
];

/**
 * A /dev with only the four devices. Device nodes made once on the host and bound as one
 * directory cost one mount per run instead of a tmpfs, four binds and a remount.
 */
function prepareDev(dir: string): boolean {
  mkdirSync(dir, { mode: 0o755 });
  for (const device of DEVICES) {
    const made = spawnSync('mknod', [
      '-m',
      '666',
      join(dir, device.name),
      'c',
      String(device.major),
      String(device.minor),
    ]);
    if (made.status !== 0) return false;
  }
  symlinkSync('/proc/self/fd', join(dir, 'fd'));
  for (const [index, name] of ['stdin', 'stdout', 'stderr'].entries()) {
    symlinkSync(`/proc/self/fd/${index}`, join(dir, name));
  }
  return true;
}

/**
 * Synthetic passwd and group files: programs that look up their own uid (Java's user.home,
 * Python's getpass) find an entry, and the host's account list stays hidden.
 */
function writeAccountFiles(dir: string, uidBase: number, uidCount: number): void {
  const passwd = ['root:x:0:0:root:/root:/usr/sbin/nologin'];
  const group = ['root:x:0:'];
  for (let i = 0; i < uidCount; i++) {
    const id = uidBase + i;
    passwd.push(`run${i}:x:${id}:${id}:sandboxed run:/tmp:/usr/sbin/nologin`);
    group.push(`run${i}:x:${id}:`);
  }
  writeFileSync(join(dir, 'passwd'), `${passwd.join('\n')}\n`, { mode: 0o644 });
  writeFileSync(join(dir, 'group'), `${group.join('\n')}\n`, { mode: 0o644 });
}

/** Removes prepared views of processes that died without cleaning up. */
function removeStaleViews(root: string): void {
  let entries: string[] = [];
  try {
    entries = readdirSync(root);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = Number(entry.split('-')[0]);
    if (!Number.isInteger(pid) || pid === process.pid || existsSync(`/proc/${pid}`)) continue;
    rmSync(join(root, entry), { recursive: true, force: true });
  }
}

/**
 * Prepares the read-only base of the view: /usr and its top-level links, a copied /etc of
 * only what toolchains read (copied, so one bind serves them all and later host changes do not
 * leak in mid-run), the /dev above, and the launcher's init step.
 */
export function buildBaseView(options: {
  stateDir: string;
  launcher: string;
  uidBase: number;
  uidCount: number;
}): BaseView {
  const viewsRoot = join(options.stateDir, 'views');
  mkdirSync(viewsRoot, { recursive: true, mode: 0o755 });
  removeStaleViews(viewsRoot);
  const dir = mkdtempSync(join(viewsRoot, `${process.pid}-`));
  chmodSync(dir, 0o755);
  const etc = join(dir, 'etc');
  mkdirSync(etc, { mode: 0o755 });
  for (const entry of ETC_ENTRIES) {
    const path = `/etc/${entry}`;
    if (!existsSync(path)) continue;
    mkdirSync(dirname(join(etc, entry)), { recursive: true, mode: 0o755 });
    cpSync(path, join(etc, entry), { recursive: true, verbatimSymlinks: true, dereference: false });
  }
  writeAccountFiles(etc, options.uidBase, options.uidCount);
  copyFileSync(options.launcher, join(dir, 'init'));
  chmodSync(join(dir, 'init'), 0o755);

  const args = ['--ro-bind', '/usr', '/usr'];
  for (const name of ROOT_DIRS) {
    const path = `/${name}`;
    if (!existsSync(path)) continue;
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) args.push('--symlink', `usr/${name}`, path);
    else if (stat.isDirectory()) args.push('--ro-bind', path, path);
  }
  args.push('--ro-bind', etc, '/etc');
  const dev = join(dir, 'dev');
  if (prepareDev(dev)) {
    args.push('--dev-bind', dev, '/dev');
  } else {
    // no mknod here: bind the host's four devices one by one
    args.push('--tmpfs', '/dev');
    for (const device of DEVICES) args.push('--dev-bind', `/dev/${device.name}`, `/dev/${device.name}`);
    args.push('--symlink', '/proc/self/fd', '/dev/fd', '--remount-ro', '/dev');
  }
  args.push('--proc', '/proc', '--ro-bind', join(dir, 'init'), SANDBOX_INIT_PATH);
  return { args, dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The per-run part of the view: work dir, /tmp, extra mounts. */
export function runViewArgs(options: { workDir: string; tmpKb: number; mounts: SandboxMount[] }): string[] {
  const args = [
    '--bind',
    options.workDir,
    SANDBOX_WORK_DIR,
    '--size',
    String(options.tmpKb * 1024),
    '--perms',
    '1777',
    '--tmpfs',
    '/tmp',
  ];
  const made = new Set<string>();
  for (const mount of options.mounts) {
    const target = mount.sandbox ?? mount.host;
    // bubblewrap creates missing parents of a mount point with mode 0700, which the run uid
    // cannot enter; make them 0755 first (existing directories are left as they are)
    const parents: string[] = [];
    for (let parent = dirname(target); parent !== '/' && !made.has(parent); parent = dirname(parent)) {
      parents.unshift(parent);
    }
    for (const parent of parents) {
      made.add(parent);
      args.push('--perms', '0755', '--dir', parent);
    }
    const kind = mount.writable ? '--bind' : '--ro-bind';
    args.push(mount.optional ? `${kind}-try` : kind, mount.host, target);
  }
  return args;
}
