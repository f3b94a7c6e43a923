/**
 * The launcher's `helper` step (work-mount.inc): one long-lived root child per work root that
 * mounts and removes the work dirs this process made there. Spawning the launcher from Node
 * forks all of Node (about 4 ms, twice per work dir); the helper forks a 2 MB C process.
 *
 * Protocol: we write "<tag> mount|remove NAME\n", it answers "<tag> <exit code> <message>\n",
 * one request at a time, in order; on stderr it says only why it ended. NAME is one entry of the
 * root (never a path; checked here and again by the helper), so the helper can touch nothing
 * else.
 *
 * Robustness: an idle helper keeps no handle of this process referenced (an exit never waits on
 * it); it dies with this process (parent-death signal, EOF on its stdin). A helper that ends
 * fails its pending requests; each is retried once on a new helper, then fails as SandboxError.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SandboxError } from './errors.ts';
import { ensureLauncher } from './host.ts';

export type HelperRequest = 'mount' | 'remove';

interface Pending {
  tag: number;
  resolve(): void;
  reject(error: Error): void;
}

interface Helper {
  child: ChildProcess;
  pending: Pending[];
  stderr: string;
  buffer: string;
  ended: boolean;
}

/** Same rule as helper_name_ok in work-mount.inc. */
const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,99}$/;
const STDERR_KEEP_CHARS = 4_096;

const helpers = new Map<string, Helper>();
/** Errors that say only "the helper ended under this request": worth one retry. */
const helperEnded = new WeakSet<Error>();
let nextTag = 0;

function isMountPoint(path: string): boolean {
  const mounts = readFileSync('/proc/self/mounts', 'utf8');
  return mounts.split('\n').some((line) => line.split(' ')[1] === path);
}

/** Only a helper with requests pending keeps this process alive. */
function setBusy(helper: Helper, busy: boolean): void {
  const { child } = helper;
  // the pipes are net.Sockets, which the stream types do not say
  const pipes = [child.stdin, child.stdout, child.stderr] as unknown as ({ ref(): void; unref(): void } | null)[];
  for (const handle of [child, ...pipes]) {
    if (busy) handle?.ref();
    else handle?.unref();
  }
}

function start(root: string, tmpfs: { sizeMb: number; inodes: number }): Helper {
  const child = spawn(ensureLauncher(), ['helper', root, String(tmpfs.sizeMb), String(tmpfs.inodes)], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {},
  });
  const helper: Helper = { child, pending: [], stderr: '', buffer: '', ended: false };
  const end = (why: string) => {
    if (helper.ended) return;
    helper.ended = true;
    if (helpers.get(root) === helper) helpers.delete(root);
    const detail = helper.stderr.trim();
    for (const waiter of helper.pending.splice(0)) {
      const error = new SandboxError(
        `the launcher's work dir helper ${why}${detail ? `: ${detail}` : ''}; retry, and if it keeps ending check the host's log`,
        'launch-failed',
      );
      helperEnded.add(error);
      waiter.reject(error);
    }
    setBusy(helper, false);
    child.stdin?.destroy();
  };
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    helper.buffer += chunk;
    for (let nl = helper.buffer.indexOf('\n'); nl >= 0; nl = helper.buffer.indexOf('\n')) {
      const answer = /^(\d+) (\d+) (.*)$/.exec(helper.buffer.slice(0, nl));
      helper.buffer = helper.buffer.slice(nl + 1);
      const waiter = helper.pending[0];
      if (!answer || !waiter || Number(answer[1]) !== waiter.tag) {
        child.kill('SIGKILL');
        end('answered out of turn');
        return;
      }
      helper.pending.shift();
      const detail = (answer[3] ?? '').trim();
      if (helper.pending.length === 0) setBusy(helper, false);
      const code = Number(answer[2]);
      if (code === 0) waiter.resolve();
      else waiter.reject(new SandboxError(detail || `the launcher's helper step ended with ${code}`, 'launch-failed'));
    }
  });
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    if (helper.stderr.length < STDERR_KEEP_CHARS) helper.stderr += chunk;
  });
  child.stdin?.on('error', () => {
    // the helper ended: 'close' below fails what is pending
  });
  child.once('error', (error) => end(`did not start (${error.message})`));
  // 'close' comes after the last answer on stdout is read: a request it answered is not failed
  child.once('close', (code, signal) => end(`ended (exit ${code}, signal ${signal})`));
  setBusy(helper, false);
  return helper;
}

function send(root: string, tmpfs: { sizeMb: number; inodes: number }, request: HelperRequest, name: string) {
  let helper = helpers.get(root);
  if (!helper) {
    helper = start(root, tmpfs);
    helpers.set(root, helper);
  }
  const running = helper;
  return new Promise<void>((resolve, reject) => {
    const tag = ++nextTag;
    running.pending.push({ tag, resolve, reject });
    if (running.pending.length === 1) setBusy(running, true);
    running.child.stdin?.write(`${tag} ${request} ${name}\n`);
  });
}

/**
 * Mounts the tmpfs of the work dir root/name ('mount') or removes that dir ('remove'). root is
 * an absolute work root, name one entry this process made in it. Throws SandboxError.
 */
export async function helperRequest(
  root: string,
  tmpfs: { sizeMb: number; inodes: number },
  request: HelperRequest,
  name: string,
): Promise<void> {
  if (!root.startsWith('/') || !NAME.test(name)) {
    throw new SandboxError(`not a work dir name the helper takes: ${join(root, name)}`, 'bad-options');
  }
  const what = request === 'mount' ? 'mount the tmpfs of' : 'remove';
  const path = join(root, name);
  try {
    await send(root, tmpfs, request, name);
  } catch (error) {
    if (!(error instanceof Error) || !helperEnded.has(error)) {
      throw new SandboxError(`cannot ${what} work dir ${path}: ${(error as Error).message}`, 'launch-failed', {
        cause: error,
      });
    }
    // the helper ended under the request: the mount may be done already; rmtree is idempotent
    if (request === 'mount' && isMountPoint(path)) return;
    try {
      await send(root, tmpfs, request, name);
    } catch (again) {
      throw new SandboxError(`cannot ${what} work dir ${path}: ${(again as Error).message}`, 'launch-failed', {
        cause: again,
      });
    }
  }
}

/** The pid of the helper of root, if one runs (for tests). */
export function helperPid(root: string): number | undefined {
  return helpers.get(root)?.child.pid;
}
