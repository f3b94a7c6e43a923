// The YAML files of an exported package (problem.yaml, testdata.yaml), built from the read
// model. Pure: no file system; the caller collects the notes on what the target format cannot say.
import { createHash } from 'node:crypto';
import { rootSettings } from './data-tree.ts';
import { COMMON_DEFAULTS, DRAFT_DEFAULTS, LEGACY_DEFAULTS } from './limits.ts';
import type {
  FunctionParam,
  FunctionSignature,
  FunctionValueType,
  GroupSettings,
  Problem,
  ProblemLimits,
  TestGroup,
} from './types.ts';

/** The package formats `verdict export` writes. */
export const EXPORT_FORMATS = ['2023-07', 'legacy'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Limits every format defaults to (as the reader takes them); a limit equal to its default is left out. */
const LIMIT_DEFAULTS = COMMON_DEFAULTS;
const MULTIPLIER_DEFAULTS: Record<ExportFormat, { timeMultiplier: number; timeSafetyMargin: number }> = {
  legacy: LEGACY_DEFAULTS,
  '2023-07': DRAFT_DEFAULTS,
};

/** Descriptive keys carried over from the original problem.yaml as they are (besides source and credits). */
const CARRIED_KEYS = ['license', 'rights_owner', 'embargo_until', 'allow_file_writing', 'constants', 'version'];
/** Verdict's own keys (docs/PACKAGES.md, docs/FUNCTION-PROBLEMS.md): other judges ignore them. */
const VERDICT_KEYS = ['id', 'slug', 'difficulty', 'topics', 'hints'];

function limitsYaml(limits: ProblemLimits, format: ExportFormat): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const defaults = MULTIPLIER_DEFAULTS[format];
  const multipliersDiffer =
    limits.timeMultiplier !== defaults.timeMultiplier || limits.timeSafetyMargin !== defaults.timeSafetyMargin;
  if (format === '2023-07') {
    if (limits.timeLimitMs !== null) out.time_limit = limits.timeLimitMs / 1000;
    if (multipliersDiffer) {
      out.time_multipliers = {
        ac_to_time_limit: limits.timeMultiplier,
        time_limit_to_tle: limits.timeSafetyMargin,
      };
    }
  } else if (multipliersDiffer) {
    // legacy has no time_limit key: the limit goes to .timelimit, as problemtools and DOMjudge read it
    out.time_multiplier = limits.timeMultiplier;
    out.time_safety_margin = limits.timeSafetyMargin;
  }
  out.memory = limits.memoryMb;
  const optional: [keyof typeof LIMIT_DEFAULTS, string][] = [
    ['outputMb', 'output'],
    ['codeKb', 'code'],
    ['compilationTimeS', 'compilation_time'],
    ['validationTimeS', 'validation_time'],
    ['validationMemoryMb', 'validation_memory'],
    ['validationOutputMb', 'validation_output'],
    ['validationPasses', 'validation_passes'],
  ];
  for (const [field, key] of optional) {
    if (limits[field] !== LIMIT_DEFAULTS[field]) out[key] = limits[field];
  }
  return out;
}

function typeName(type: FunctionValueType | null): string {
  return type === null ? 'void' : `${type.base}${'[]'.repeat(type.depth)}`;
}

function paramsYaml(params: FunctionParam[]): { name: string; type: string }[] {
  return params.map((param) => ({ name: param.name, type: typeName(param.type) }));
}

/** The `function:` mapping of a signature; the tolerance is written out, so no validator flag is needed for it. */
export function signatureYaml(signature: FunctionSignature): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (signature.form === 'function') {
    out.name = signature.name;
    out.params = paramsYaml(signature.params);
    out.returns = typeName(signature.returns);
    if (signature.output !== null) out.output = signature.output;
  } else {
    out.class = signature.className;
    // `constructor` is a key of every object: define it, do not assign it
    Object.defineProperty(out, 'constructor', {
      value: paramsYaml(signature.constructorParams),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    out.methods = signature.methods.map((method) => ({
      name: method.name,
      params: paramsYaml(method.params),
      returns: typeName(method.returns),
    }));
  }
  if (signature.compare !== 'exact') out.compare = signature.compare;
  if (signature.tolerance !== null) out.tolerance = { ...signature.tolerance };
  return out;
}

/** A stable UUID (version 5 layout over SHA-1) for a package that has none: 2023-07 requires one. */
export function derivedUuid(id: string): string {
  const hex = createHash('sha1').update(`verdict-problem:${id}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

function words(value: unknown): string[] | null {
  if (typeof value === 'string') return value.split(/\s+/).filter((word) => word.length > 0);
  if (Array.isArray(value)) return value.map(String);
  return null;
}

/** Authors, source and keywords in the target format's shape (legacy strings, 2023-07 lists and maps). */
function descriptiveKeys(raw: Record<string, unknown>, format: ExportFormat, notes: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const credits = raw.credits;
  const creditAuthors =
    typeof credits === 'string'
      ? credits
      : credits && typeof credits === 'object' && !Array.isArray(credits)
        ? (credits as Record<string, unknown>).authors
        : undefined;
  const authors = raw.author ?? creditAuthors;
  const authorText = Array.isArray(authors) ? authors.map(String).join(', ') : authors;
  const first = Array.isArray(raw.source) ? raw.source[0] : raw.source;
  const source =
    first && typeof first === 'object'
      ? (first as Record<string, unknown>)
      : first === undefined
        ? undefined
        : { name: first, ...(raw.source_url !== undefined ? { url: raw.source_url } : {}) };
  if (format === 'legacy') {
    if (authorText !== undefined) out.author = authorText;
    if (credits && typeof credits === 'object' && Object.keys(credits).some((key) => key !== 'authors')) {
      notes.push('credits other than authors (contributors, testers, ...) have no legacy key and are left out');
    }
    if (source?.name !== undefined) out.source = source.name;
    if (source?.url !== undefined) out.source_url = source.url;
    if (Array.isArray(raw.source) && raw.source.length > 1) notes.push('only the first of several sources is kept');
  } else {
    if (credits !== undefined) out.credits = credits;
    else if (authorText !== undefined) out.credits = { authors: authorText };
    if (Array.isArray(raw.source)) out.source = raw.source;
    else if (source !== undefined) out.source = source.url === undefined ? source.name : source;
  }
  for (const key of ['keywords', 'languages']) {
    const list = words(raw[key]);
    if (list !== null) out[key] = format === 'legacy' ? list.join(' ') : list;
  }
  for (const key of [...CARRIED_KEYS, ...VERDICT_KEYS]) {
    if (raw[key] !== undefined) out[key] = raw[key];
  }
  return out;
}

/**
 * problem.yaml for the target format from the read model, with the descriptive keys of the
 * original problem.yaml (`raw`) that the model does not hold (author, source, license, Verdict's keys).
 */
export function problemYaml(
  problem: Problem,
  raw: Record<string, unknown>,
  format: ExportFormat,
  notes: string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (format === '2023-07') {
    out.problem_format_version = '2023-07';
    const names = raw.name && typeof raw.name === 'object' && !Array.isArray(raw.name) ? raw.name : null;
    out.name = names ?? problem.name;
    out.uuid = typeof raw.uuid === 'string' ? raw.uuid : derivedUuid(problem.id);
    const types: string[] = [problem.type];
    if (problem.interactive) types.push('interactive');
    if (problem.multiPass) types.push('multi-pass');
    // one space-separated string: DOMjudge splits `type` on spaces and cannot read a YAML list
    out.type = types.join(' ');
  } else {
    out.name = problem.name;
    if (raw.name && typeof raw.name === 'object' && Object.keys(raw.name).length > 1) {
      notes.push('legacy problem.yaml names the problem in one language: the other names are left out');
    }
    if (typeof raw.uuid === 'string') out.uuid = raw.uuid;
    out.type = problem.type;
    if (problem.customValidation) {
      const modifiers = [problem.interactive ? 'interactive' : '', problem.multiPass ? 'multi-pass' : ''];
      out.validation = ['custom', ...modifiers].filter((word) => word !== '').join(' ');
    }
    if (problem.validatorFlags.length > 0) out.validator_flags = problem.validatorFlags.join(' ');
  }
  Object.assign(out, descriptiveKeys(raw, format, notes));
  out.limits = limitsYaml(problem.limits, format);
  if (problem.function) out.function = signatureYaml(problem.function);
  return out;
}

function formatBound(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return 'inf';
  if (value === Number.NEGATIVE_INFINITY) return '-inf';
  return String(value);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * The testdata.yaml of one group: the keys whose value differs from what the group inherits
 * (`base`); null when it inherits everything. Keys are inherited one by one, in Verdict's reader
 * as in problemtools and DOMjudge.
 */
export function testdataYaml(settings: GroupSettings, base: GroupSettings): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  if (settings.onReject !== base.onReject) out.on_reject = settings.onReject;
  if (settings.grading !== base.grading) out.grading = settings.grading;
  if (settings.aggregation !== base.aggregation) out.grader_flags = settings.aggregation;
  if (settings.acceptScore !== base.acceptScore) out.accept_score = settings.acceptScore;
  if (settings.rejectScore !== base.rejectScore) out.reject_score = settings.rejectScore;
  if (settings.range[0] !== base.range[0] || settings.range[1] !== base.range[1]) {
    out.range = `${formatBound(settings.range[0])} ${formatBound(settings.range[1])}`;
  }
  if (!sameList(settings.inputValidatorFlags, base.inputValidatorFlags)) {
    out.input_validator_flags = settings.inputValidatorFlags.join(' ');
  }
  if (!sameList(settings.outputValidatorFlags, base.outputValidatorFlags)) {
    out.output_validator_flags = settings.outputValidatorFlags.join(' ');
  }
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * Every group's testdata.yaml, by path under data/ ("" for data/ itself). In 2023-07 the
 * problem-wide validator_flags become output_validator_flags (2023-07 has no validator_flags):
 * each group's flags are the problem's followed by its own, as the judge passes them.
 */
export function testdataFiles(problem: Problem, format: ExportFormat): Map<string, Record<string, unknown>> {
  const files = new Map<string, Record<string, unknown>>();
  const effective = (settings: GroupSettings): GroupSettings =>
    format === 'legacy'
      ? settings
      : { ...settings, outputValidatorFlags: [...problem.validatorFlags, ...settings.outputValidatorFlags] };
  const visit = (group: TestGroup, base: GroupSettings) => {
    const settings = effective(group.settings);
    const yaml = testdataYaml(settings, base);
    if (yaml) files.set(group.name, yaml);
    for (const child of group.groups) {
      // the reader scores samples of a scoring problem at 0 (ignore_sample) before their own testdata.yaml
      const sampleOfScoring = group.name === '' && child.name === 'sample' && problem.type === 'scoring';
      visit(child, sampleOfScoring ? { ...settings, acceptScore: 0, rejectScore: 0 } : settings);
    }
  };
  visit(problem.data, rootSettings());
  return files;
}
