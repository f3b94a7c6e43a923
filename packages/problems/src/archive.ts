import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { unzipSync, zipSync } from 'fflate';

/** Limits that keep a hostile upload (a zip bomb, a path escape) from hurting the host. */
export interface ArchiveLimits {
  /** sum of the unpacked file sizes (default 512 MiB) */
  maxTotalBytes: number;
  /** default 20,000 */
  maxFiles: number;
}
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxTotalBytes: 512 * 1024 * 1024, maxFiles: 20_000 };

/** The package archive is unusable: the message says why and what to do. */
export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';
}

export interface PackedProblem {
  /** a zip with sorted entries and fixed timestamps: the same files give the same bytes */
  bytes: Uint8Array;
  /** sha256 of `bytes`, hex: the package's content hash */
  hash: string;
}

// Fixed timestamp so that the archive (and its hash) depends only on names and contents.
const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');

async function collectFiles(root: string, dir: string, into: Map<string, Uint8Array>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name === '.git' || entry.name === 'node_modules') continue;
    const info = await lstat(path);
    if (info.isDirectory()) await collectFiles(root, path, into);
    else if (info.isFile()) into.set(relative(root, path).split(sep).join('/'), await readFile(path));
    // symbolic links and special files are left out: an archive never points outside itself
  }
}

/** Packs a problem package folder into a canonical zip and hashes it. */
export async function packProblemDir(dir: string): Promise<PackedProblem> {
  const files = new Map<string, Uint8Array>();
  await collectFiles(dir, dir, files);
  return packFiles(files);
}

/** Packs files (relative POSIX paths → contents) into a canonical zip. */
export function packFiles(files: ReadonlyMap<string, Uint8Array>): PackedProblem {
  const tree: Record<string, [Uint8Array, { mtime: Date; level: 0 | 6 }]> = {};
  for (const name of [...files.keys()].sort()) {
    tree[name] = [files.get(name) as Uint8Array, { mtime: FIXED_MTIME, level: 6 }];
  }
  const bytes = zipSync(tree);
  return { bytes, hash: sha256Hex(bytes) };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function safeName(name: string): string | null {
  if (name.endsWith('/')) return null; // a directory entry
  if (name.includes('\\') || name.includes('\0')) throw new ArchiveError(`archive entry "${name}" has a bad name`);
  const normal = posix.normalize(name);
  if (normal.startsWith('/') || normal === '..' || normal.startsWith('../')) {
    throw new ArchiveError(`archive entry "${name}" points outside the package`);
  }
  return normal;
}

/**
 * Reads a zip into relative paths → contents, refusing path escapes and bombs. When every
 * entry sits in one top-level folder (a zipped package folder), that folder is stripped and
 * its name returned as `folder` (the problem's default slug).
 */
export function unpackArchive(
  bytes: Uint8Array,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): { files: Map<string, Uint8Array>; folder: string | null } {
  let count = 0;
  let total = 0;
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes, {
      filter: (file) => {
        count += 1;
        total += file.originalSize;
        if (count > limits.maxFiles) throw new ArchiveError(`the archive has more than ${limits.maxFiles} files`);
        if (total > limits.maxTotalBytes) {
          throw new ArchiveError(`the archive unpacks to more than ${limits.maxTotalBytes} bytes`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`not a readable zip archive (${(error as Error).message}); upload a .zip of the package`);
  }
  const files = new Map<string, Uint8Array>();
  let unpacked = 0;
  for (const [name, data] of Object.entries(raw)) {
    const path = safeName(name);
    if (path === null || path.startsWith('__MACOSX/')) continue;
    unpacked += data.length; // the sizes in the headers may lie
    if (unpacked > limits.maxTotalBytes)
      throw new ArchiveError(`the archive unpacks to more than ${limits.maxTotalBytes} bytes`);
    files.set(path, data);
  }
  if (files.size === 0) throw new ArchiveError('the archive holds no files');
  const tops = new Set([...files.keys()].map((name) => name.split('/')[0]));
  if (tops.size === 1 && !files.has('problem.yaml')) {
    const folder = [...tops][0] as string;
    if ([...files.keys()].every((name) => name.startsWith(`${folder}/`))) {
      const stripped = new Map<string, Uint8Array>();
      for (const [name, data] of files) stripped.set(name.slice(folder.length + 1), data);
      return { files: stripped, folder };
    }
  }
  return { files, folder: null };
}

/** Writes unpacked files below `dir` (which is created). */
export async function writeFiles(dir: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  const root = resolve(dir);
  for (const [name, data] of files) {
    const path = resolve(root, name);
    if (!path.startsWith(`${root}${sep}`)) throw new ArchiveError(`archive entry "${name}" points outside the package`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  }
}
