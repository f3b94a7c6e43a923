import { stat } from 'node:fs/promises';
import { join, posix } from 'node:path';

/** Whether a path exists (a file or a folder). */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** A path from problem.xml inside the package, or null when it would leave it. */
export function inside(packageDir: string, path: string): string | null {
  const clean = posix.normalize(path.replace(/\\/g, '/'));
  if (clean.startsWith('/') || clean === '..' || clean.startsWith('../')) return null;
  return join(packageDir, clean);
}
