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

/** A PDF statement (problem.en.pdf, problem.pdf): linked from the problem page, served as a download. */
const PDF_STATEMENT_NAME = /^problem(?:\.[a-z]{2,3}(?:-[A-Za-z]+)?)?\.pdf$/;

/**
 * An image or the PDF statement from a canonical package zip (packProblemDir): the file `name`
 * beside the statement, in statement/ or problem_statement/ (a PDF also at the top, where
 * DOMjudge puts problem.pdf). Only that entry is inflated. `download` is true for a PDF: it is
 * sent as an attachment, never shown inline on our origin. undefined when the name is not one
 * we serve or the package has no such file.
 *
 * @example
 * readStatementAsset(zipBytes, 'figure.png') // { bytes, contentType: 'image/png', download: false }
 */
export function readStatementAsset(
  zip: Uint8Array,
  name: string,
): { bytes: Uint8Array; contentType: string; download: boolean } | undefined {
  const download = PDF_STATEMENT_NAME.test(name);
  const contentType = download ? 'application/pdf' : statementAssetType(name);
  if (contentType === null) return undefined;
  const wanted = [...STATEMENT_FOLDERS.map((folder) => `${folder}/${name}`), ...(download ? [name] : [])];
  const found = unzipSync(zip, { filter: (file) => wanted.includes(file.name) });
  for (const path of wanted) {
    const bytes = found[path];
    if (bytes) return { bytes, contentType, download };
  }
  return undefined;
}
