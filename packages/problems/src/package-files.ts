import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative as relativePath } from 'node:path';
import type { PackageProgram } from './types.ts';

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function listFiles(root: string, dir = root): Promise<{ path: string; name: string }[]> {
  const found: { path: string; name: string }[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listFiles(root, path)));
    else if (entry.isFile()) found.push({ path, name: relativePath(root, path) });
  }
  return found;
}

/** A program is a single file or a folder of files. */
export async function readProgram(packageDir: string, path: string): Promise<PackageProgram> {
  const absolute = join(packageDir, path);
  if (await isDirectory(absolute)) return { path, files: await listFiles(absolute) };
  return { path, files: [{ path: absolute, name: basename(absolute) }] };
}
