import { ApiError } from './errors.ts';

/**
 * Text our storage cannot hold: PostgreSQL's text type refuses U+0000, and a lone UTF-16
 * surrogate has no UTF-8 form (it would be stored as U+FFFD, silently changing what was sent).
 */
const NUL = String.fromCharCode(0);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Nesting deeper than any of our bodies goes; a deeper value is left to the schema to refuse. */
const MAX_DEPTH = 32;

/** What is wrong with a text, or undefined when it can be stored as it is. */
function badText(text: string): string | undefined {
  if (text.includes(NUL)) return 'a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'a lone UTF-16 surrogate';
  return undefined;
}

/** The path and the bad character of the first string (or key) that is not storable text. */
function findBadText(value: unknown, path: string, depth: number): { path: string; what: string } | undefined {
  if (typeof value === 'string') {
    const what = badText(value);
    return what ? { path, what } : undefined;
  }
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return undefined;
  // a raw body (a package zip) is bytes, not text
  if (ArrayBuffer.isView(value)) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBadText(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, inner] of Object.entries(value)) {
    const name = path === '' ? key : `${path}.${key}`;
    const keyProblem = badText(key);
    if (keyProblem) return { path: name, what: `${keyProblem} in its name` };
    const found = findBadText(inner, name, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * 400 invalid_text when a path parameter, a query parameter or a JSON body holds a NUL or a lone
 * surrogate: every route refuses them before it runs, so none can reach the database as a 500.
 */
export function checkText(request: { params: unknown; query: unknown; body: unknown }): void {
  for (const [where, value] of [
    ['path', request.params],
    ['query', request.query],
    ['body', request.body],
  ] as const) {
    const found = findBadText(value, '', 0);
    if (!found) continue;
    const field = found.path === '' ? `the ${where}` : `${where} field "${found.path}"`;
    throw new ApiError(
      400,
      'invalid_text',
      `${field} contains ${found.what}, which Verdict does not accept in text; remove it (send binary data as a file)`,
    );
  }
}
