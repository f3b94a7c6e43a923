import type { PackageIssue } from '@verdict/problems';

/** A problem's id in URLs and the store: lower-case letters, digits and "-", at most 64. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * The slug of an import: the caller's, else problem.yaml's `slug` or `id`, else the folder or
 * zip name; lower-cased. A slug that is still not usable is an error issue saying how to fix it.
 */
export function chooseSlug(
  candidates: { given?: string; yamlSlug?: unknown; yamlId?: unknown; name?: string | null },
  issues: PackageIssue[],
): string | null {
  const fromYaml = typeof candidates.yamlSlug === 'string' ? candidates.yamlSlug : candidates.yamlId;
  if (fromYaml !== undefined && typeof fromYaml !== 'string') {
    issues.push({ severity: 'error', file: 'problem.yaml', message: 'slug (or id) must be a string' });
    return null;
  }
  const [raw, origin] =
    candidates.given !== undefined
      ? [candidates.given, 'the given slug']
      : fromYaml !== undefined
        ? [fromYaml, typeof candidates.yamlSlug === 'string' ? 'problem.yaml slug' : 'problem.yaml id']
        : [candidates.name ?? '', 'the folder or zip name'];
  const slug = raw.trim().toLowerCase();
  if (SLUG_PATTERN.test(slug)) return slug;
  issues.push({
    severity: 'error',
    file: 'problem.yaml',
    message:
      `${origin} ${JSON.stringify(raw)} is not a usable slug: use 1 to 64 lower-case letters, digits and "-", ` +
      'starting with a letter or digit (set "slug:" in problem.yaml, rename the folder, or pass a slug)',
  });
  return null;
}
