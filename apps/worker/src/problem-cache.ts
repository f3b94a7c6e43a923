import { access, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { JudgeSetupError, type PreparedProblem, prepareProblem } from '@verdict/judge';
import type { Language, Program } from '@verdict/languages';
import { readProblem, sha256Hex, unpackArchive, writeFiles } from '@verdict/problems';
import type { WorkerLink } from '@verdict/protocol';
import type { Sandbox } from '@verdict/sandbox';
import { describeError, type WorkerLogger } from './logger.ts';
import { compileReference } from './reference.ts';

/** A package hash is a sha256 in hex; anything else could name a path outside the cache. */
const PACKAGE_HASH = /^[0-9a-f]{64}$/;

/** The fetched package is not the one asked for (its sha256 differs): never judge with it. */
export class PackageHashMismatchError extends Error {
  override readonly name = 'PackageHashMismatchError';
}

/** A problem ready to judge with: its validator compiled, its reference solution compiled on demand. */
export interface CachedProblem {
  readonly hash: string;
  readonly prepared: PreparedProblem;
  /** The problem's reference solution, compiled once; null when none can run on this worker. */
  reference(): Promise<Program | null>;
}

/** A problem in use by one job; release it when the job is done so an evicted one can be disposed. */
export interface ProblemLease {
  readonly problem: CachedProblem;
  release(): void;
}

export interface ProblemCacheOptions {
  link: Pick<WorkerLink, 'fetchPackage'>;
  sandbox: Sandbox;
  languages: readonly Language[];
  /** Packages are unpacked under `<cacheDir>/packages/<hash>/`. */
  cacheDir: string;
  /** Prepared problems kept in memory (compiled validators and reference solutions). */
  maxPrepared: number;
  logger: WorkerLogger;
}

interface Entry {
  ready: Promise<LoadedProblem>;
  users: number;
  evicted: boolean;
}

interface LoadedProblem extends CachedProblem {
  dispose(): Promise<void>;
}

/**
 * Problem packages by content hash: unpacked once on disk (shared by every worker process on
 * the machine) and prepared once in memory, with the least recently used prepared problems
 * disposed beyond `maxPrepared`.
 */
export class ProblemCache {
  private readonly entries = new Map<string, Entry>();
  private readonly disposals = new Set<Promise<void>>();

  constructor(private readonly options: ProblemCacheOptions) {}

  /** The prepared problem of a package, fetched, unpacked and prepared on first use. */
  async acquire(hash: string): Promise<ProblemLease> {
    let entry = this.entries.get(hash);
    if (entry) {
      this.entries.delete(hash); // re-inserted last: the most recently used
    } else {
      entry = { ready: this.load(hash), users: 0, evicted: false };
      const created = entry;
      created.ready.catch(() => {
        // a failed load is not cached: the next job tries again
        if (this.entries.get(hash) === created) this.entries.delete(hash);
      });
    }
    this.entries.set(hash, entry);
    entry.users += 1;
    this.evictBeyondLimit();
    const held = entry;
    let problem: LoadedProblem;
    try {
      problem = await held.ready;
    } catch (error) {
      this.release(held);
      throw error;
    }
    let released = false;
    return {
      problem,
      release: () => {
        if (released) return;
        released = true;
        this.release(held);
      },
    };
  }

  /** Disposes every prepared problem; leases still held are disposed when released. */
  async close(): Promise<void> {
    for (const [hash, entry] of this.entries) {
      this.entries.delete(hash);
      this.evict(entry);
    }
    await Promise.all(this.disposals);
  }

  private release(entry: Entry): void {
    entry.users -= 1;
    if (entry.evicted && entry.users === 0) this.dispose(entry);
  }

  private evictBeyondLimit(): void {
    for (const [hash, entry] of this.entries) {
      if (this.entries.size <= this.options.maxPrepared) break;
      this.entries.delete(hash);
      this.evict(entry);
    }
  }

  private evict(entry: Entry): void {
    entry.evicted = true;
    if (entry.users === 0) this.dispose(entry);
  }

  private dispose(entry: Entry): void {
    const disposal = entry.ready
      .then((problem) => problem.dispose())
      .catch((error) => {
        this.options.logger.warn(describeError(error), 'disposing a prepared problem failed');
      });
    this.disposals.add(disposal);
    void disposal.finally(() => this.disposals.delete(disposal));
  }

  private async load(hash: string): Promise<LoadedProblem> {
    const { sandbox, languages, logger } = this.options;
    const dir = await this.unpacked(hash);
    const { problem, issues } = await readProblem(dir);
    const errors = issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0) {
      const list = errors.map((issue) => `${issue.file}: ${issue.message}`).join('; ');
      throw new JudgeSetupError(`problem package ${hash.slice(0, 12)} has errors: ${list}`);
    }
    const prepared = await prepareProblem(sandbox, languages, problem);
    let reference: Promise<Program | null> | null = null;
    return {
      hash,
      prepared,
      reference() {
        if (reference === null) {
          const compiling = compileReference({ sandbox, languages, problem, logger });
          reference = compiling;
          // a failure (the sandbox broke) is not remembered: the next run tries again
          compiling.catch(() => {
            if (reference === compiling) reference = null;
          });
        }
        return reference;
      },
      async dispose() {
        await prepared.dispose();
        const program = await reference?.catch(() => null);
        await program?.dispose();
      },
    };
  }

  /** The package's folder in the disk cache, fetched and unpacked when it is not there yet. */
  private async unpacked(hash: string): Promise<string> {
    if (!PACKAGE_HASH.test(hash)) throw new PackageHashMismatchError(`"${hash}" is not a sha256 package hash`);
    const root = join(this.options.cacheDir, 'packages');
    const dir = join(root, hash);
    if (await exists(dir)) return dir;
    const bytes = await this.options.link.fetchPackage(hash);
    const actual = sha256Hex(bytes);
    if (actual !== hash) {
      throw new PackageHashMismatchError(`package ${hash} was asked for but the bytes received hash to ${actual}`);
    }
    const { files } = unpackArchive(bytes);
    await mkdir(root, { recursive: true });
    // unpack beside the final folder, then rename: other workers on this machine see all or nothing
    const temporary = await mkdtemp(join(root, `.unpacking-${hash.slice(0, 12)}-`));
    try {
      await writeFiles(temporary, files);
      await rename(temporary, dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!((code === 'ENOTEMPTY' || code === 'EEXIST') && (await exists(dir)))) throw error;
      // another worker unpacked the same package first; its copy is identical
    } finally {
      await rm(temporary, { recursive: true, force: true });
    }
    return dir;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
