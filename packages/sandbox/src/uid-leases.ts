/**
 * Host-wide leases on the run uids. Kernel quotas are per uid (inotify instances, pipe-buffer
 * pages, RLIMIT_NPROC, message queues), so two runs that share a uid share them: one user's
 * program could change another's behaviour. Several Verdict processes may run on one host
 * (`start` and `worker`, two workers, the CLI), so a lease is not a process's own bookkeeping:
 * it is an abstract Unix socket bound under the uid's name. Only one socket can hold a name in
 * the host's network namespace, and the kernel frees it when its holder closes it or dies,
 * however it dies, so a crashed process never keeps a uid. See docs/SECURITY.md.
 */
import { createServer, type Server } from 'node:net';
import { SandboxError } from './errors.ts';

/** A uid held until release() (or until this process ends). */
export interface UidLease {
  uid: number;
  release(): void;
}

/** The abstract socket name (leading NUL) that holds one uid. */
function leaseName(uid: number): string {
  return `\0verdict-sandbox-uid-${uid}`;
}

function bind(uid: number): Promise<Server | null> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      server.close();
      if (error.code === 'EADDRINUSE') resolve(null);
      else reject(error);
    });
    server.listen({ path: leaseName(uid), exclusive: true }, () => {
      // the lease must never keep the process alive
      server.unref();
      resolve(server);
    });
  });
}

/**
 * The uids uidBase .. uidBase+count-1, leased host-wide. take() gives the lowest uid that no
 * run of this process or another holds.
 */
export class UidLeases {
  private readonly held = new Set<number>();

  constructor(
    private readonly uidBase: number,
    private readonly count: number,
  ) {}

  async take(): Promise<UidLease> {
    for (let slot = 0; slot < this.count; slot++) {
      const uid = this.uidBase + slot;
      if (this.held.has(uid)) continue;
      this.held.add(uid);
      let server: Server | null;
      try {
        server = await bind(uid);
      } catch (error) {
        this.held.delete(uid);
        throw new SandboxError(`cannot lease run uid ${uid}: ${(error as Error).message}`, 'launch-failed', {
          cause: error,
        });
      }
      if (server === null) {
        this.held.delete(uid);
        continue;
      }
      let released = false;
      return {
        uid,
        release: () => {
          if (released) return;
          released = true;
          server.close();
          this.held.delete(uid);
        },
      };
    }
    throw new SandboxError(
      `all ${this.count} run uids from ${this.uidBase} are in use on this host; ` +
        'wait for runs to end, or give this process a larger or separate uid range (uidBase, uidCount)',
      'launch-failed',
    );
  }
}
