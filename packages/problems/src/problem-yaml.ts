import type { FormatVersion, PackageIssue } from './types.ts';

/**
 * problem.yaml keys per format version (legacy, 2023-07, 2025-09 of the ICPC problem package
 * format). A key of another version gets a warning naming the version it belongs to; a key
 * of no version gets a warning saying it is unknown.
 */
const COMMON_KEYS = [
  'problem_format_version',
  'name',
  'type',
  'uuid',
  'version',
  'source',
  'license',
  'rights_owner',
  'limits',
  'keywords',
  'languages',
  'constants',
  'embargo_until',
  'allow_file_writing',
  // Verdict's extensions: the slug and the signature of a function problem (docs/FUNCTION-PROBLEMS.md)
  'id',
  'function',
];
const KEYS: Record<FormatVersion, Set<string>> = {
  legacy: new Set([...COMMON_KEYS, 'author', 'source_url', 'validation', 'validator_flags']),
  '2023-07': new Set([...COMMON_KEYS, 'credits', 'author', 'source_url']),
  '2025-09': new Set([...COMMON_KEYS, 'credits']),
};

/** The newest version Verdict knows; later versions and drafts are read as it, with a warning. */
const NEWEST = '2025-09';

/**
 * Which version a package is read as. `legacy`/`legacy-icpc` (or no key) is legacy;
 * `2023-07[-draft]` is 2023-07; `2025-09[-draft]`, `draft` and any later `yyyy-mm[-draft]` are
 * read as 2025-09, the newest version known here.
 *
 * @example
 * formatVersionOf('2023-07-draft', issues) // '2023-07'
 */
export function formatVersionOf(raw: unknown, issues: PackageIssue[]): FormatVersion {
  const warn = (message: string) => issues.push({ severity: 'warning', file: 'problem.yaml', message });
  if (raw === undefined || raw === 'legacy' || raw === 'legacy-icpc') return 'legacy';
  const text = String(raw);
  if (text === 'draft') {
    warn(`problem_format_version "draft" is read as ${NEWEST}, the newest version Verdict knows`);
    return NEWEST;
  }
  const match = /^(\d{4}-\d{2})(-draft)?$/.exec(text);
  if (!match) {
    warn(
      `problem_format_version ${JSON.stringify(raw)} is not a version (legacy, 2023-07, 2025-09, yyyy-mm[-draft]); read as legacy`,
    );
    return 'legacy';
  }
  const month = match[1] as string;
  if (month === '2023-07' || month === '2025-09') return month;
  if (month > NEWEST) {
    warn(`problem_format_version ${text} is newer than ${NEWEST}; read as ${NEWEST}, the newest version Verdict knows`);
    return NEWEST;
  }
  const older = month > '2023-07' ? '2023-07' : 'legacy';
  warn(`problem_format_version ${text} is not a published version; read as ${older}`);
  return older;
}

/** Warns about every key the package's version does not define, saying where it belongs. */
export function checkProblemKeys(yaml: Record<string, unknown>, version: FormatVersion, issues: PackageIssue[]): void {
  for (const key of Object.keys(yaml)) {
    if (KEYS[version].has(key)) continue;
    const owners = (Object.keys(KEYS) as FormatVersion[]).filter((other) => KEYS[other].has(key));
    issues.push({
      severity: 'warning',
      file: 'problem.yaml',
      message:
        owners.length > 0
          ? `key "${key}" belongs to the ${owners.join('/')} format, not ${version}; ignored`
          : `unknown key "${key}" is ignored (not a problem.yaml key of the ${version} format)`,
    });
  }
}

export interface Kind {
  type: 'pass-fail' | 'scoring';
  interactive: boolean;
  multiPass: boolean;
  customValidation: boolean;
}

const TYPE_VALUES = ['pass-fail', 'scoring', 'interactive', 'multi-pass', 'submit-answer'] as const;
/** Pairs the format forbids together. */
const INCOMPATIBLE: [string, string][] = [
  ['pass-fail', 'scoring'],
  ['multi-pass', 'submit-answer'],
  ['interactive', 'submit-answer'],
];

/** `type:` of 2023-07 and later: one string, space-separated words, or a list. */
function typeKind(yaml: Record<string, unknown>, version: FormatVersion, bad: (message: string) => void): Kind {
  const kind: Kind = { type: 'pass-fail', interactive: false, multiPass: false, customValidation: false };
  const raw = yaml.type;
  if (raw === undefined) return kind;
  const types = (Array.isArray(raw) ? raw : String(raw).split(/\s+/)).map(String);
  for (const type of types) {
    if (version === 'legacy' && type !== 'pass-fail' && type !== 'scoring') {
      bad(
        `type must be pass-fail or scoring in the legacy format, got ${JSON.stringify(type)}; interactive and multi-pass are "validation: custom interactive|multi-pass" there, or "type:" values from problem_format_version 2023-07 on`,
      );
    } else if (!(TYPE_VALUES as readonly string[]).includes(type)) {
      bad(`type ${JSON.stringify(type)} is not one of ${TYPE_VALUES.join(', ')}`);
    }
  }
  for (const [a, b] of INCOMPATIBLE) {
    if (types.includes(a) && types.includes(b)) bad(`type cannot be both ${a} and ${b}`);
  }
  if (types.includes('scoring')) kind.type = 'scoring';
  if (version !== 'legacy') {
    kind.interactive = types.includes('interactive');
    kind.multiPass = types.includes('multi-pass');
  }
  if (types.includes('submit-answer'))
    bad('type submit-answer (answers submitted instead of programs) is not supported by Verdict');
  return kind;
}

/**
 * The problem's kind from `type:` (2023-07 and later) and the legacy `validation:` key
 * (`custom [interactive] [multi-pass] [score]`, as problemtools and DOMjudge read it).
 */
export function problemKind(
  yaml: Record<string, unknown>,
  version: FormatVersion,
  hasValidator: boolean,
  issues: PackageIssue[],
): Kind {
  const bad = (message: string) => issues.push({ severity: 'error', file: 'problem.yaml', message });
  const kind = typeKind(yaml, version, bad);
  if (version !== 'legacy') {
    // 2023-07 dropped `validation:`; a package that still says "custom interactive" would
    // otherwise be judged as a plain checker problem without a word
    if (yaml.validation !== undefined) {
      issues.push({
        severity: 'warning',
        file: 'problem.yaml',
        message: `validation is a legacy key and is ignored in the ${version} format: write "type: interactive" (or multi-pass) for such a problem, and put the validator in output_validator/`,
      });
    }
    kind.customValidation = hasValidator || kind.interactive || kind.multiPass;
    return kind;
  }
  const validation = yaml.validation === undefined ? ['default'] : String(yaml.validation).split(/\s+/);
  if (validation[0] === 'custom') {
    kind.customValidation = true;
    for (const modifier of validation.slice(1)) {
      if (modifier === 'interactive') kind.interactive = true;
      else if (modifier === 'multi-pass') kind.multiPass = true;
      else if (modifier === 'score') {
        issues.push({
          severity: 'warning',
          file: 'problem.yaml',
          message:
            'validation "custom score" (scores from the validator) is not supported; case scores come from testdata.yaml',
        });
      } else bad(`validation modifier must be interactive, multi-pass or score, got "${modifier}"`);
    }
  } else if (validation[0] !== 'default' || validation.length > 1) {
    bad(
      `validation must be "default" or "custom [interactive] [multi-pass] [score]", got ${JSON.stringify(yaml.validation)}`,
    );
  }
  return kind;
}
