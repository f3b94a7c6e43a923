import { unzipSync } from 'fflate';

/** The folders a statement may live in (2023-07 first, then the legacy layout); its images sit beside it. */
export const STATEMENT_FOLDERS = ['statement', 'problem_statement'] as const;

/** Image types a statement may show, by extension. No SVG: it can carry script and links. */
const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** A plain file name (no folders, no dot first) with an image extension. */
const ASSET_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** The content type of a statement image name, or null when the name is not one we serve. */
export function statementAssetType(name: string): string | null {
  if (!ASSET_NAME.test(name) || name.includes('..')) return null;
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return IMAGE_TYPES[extension] ?? null;
}

/**
 * An image of the statement from a canonical package zip (packProblemDir): the file `name`
 * beside the statement, in statement/ or problem_statement/. Only that entry is inflated.
 * undefined when the name is not a servable image or the package has no such file.
 *
 * @example
 * readStatementAsset(zipBytes, 'figure.png') // { bytes, contentType: 'image/png' }
 */
export function readStatementAsset(
  zip: Uint8Array,
  name: string,
): { bytes: Uint8Array; contentType: string } | undefined {
  const contentType = statementAssetType(name);
  if (contentType === null) return undefined;
  const wanted = STATEMENT_FOLDERS.map((folder) => `${folder}/${name}`);
  const found = unzipSync(zip, { filter: (file) => wanted.includes(file.name) });
  for (const path of wanted) {
    const bytes = found[path];
    if (bytes) return { bytes, contentType };
  }
  return undefined;
}
