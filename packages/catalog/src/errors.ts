import type { PackageIssue } from '@verdict/problems';

/**
 * The package cannot be imported. `issues` names every error with its file and reason (a broken
 * package lists them all, not only the first), so the author can fix them in one pass.
 */
export class CatalogImportError extends Error {
  override readonly name = 'CatalogImportError';
  constructor(
    message: string,
    readonly issues: PackageIssue[],
  ) {
    super(message);
  }
}

/** A refusal whose message lists the error issues, one per line. */
export function refusal(summary: string, issues: PackageIssue[]): CatalogImportError {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const lines = errors.map((issue) => `  ${issue.file}: ${issue.message}`);
  return new CatalogImportError(`${summary}:\n${lines.join('\n')}`, errors);
}
