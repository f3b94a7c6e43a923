/**
 * `generators/generators.yaml` (the generator format of the problem package spec, from
 * BAPCtools): which test cases `data/` holds and how each is made. This module only reads
 * the file into a plan; packages/judge/src/generate.ts runs it in the sandbox.
 * The subset read, and what is not, is listed in docs/PACKAGES.md ("Generated test data").
 */
import { createHash } from 'node:crypto';
import type { PackageIssue } from './types.ts';

export const GENERATORS_YAML = 'generators/generators.yaml';

/** Files of a test case beside its .in that a generator or an inline key may give. */
export const GENERATED_EXTENSIONS = ['in', 'ans', 'desc', 'hint'] as const;
export type GeneratedExtension = (typeof GENERATED_EXTENSIONS)[number];

/** Where the answers come from: the default (first accepted submission), none, or a named program. */
export type SolutionChoice =
  | { kind: 'default' }
  | { kind: 'none' }
  | { kind: 'given' /** relative to the package, e.g. "submissions/accepted/sol.py" */; path: string; args: string[] };

/** How a case's .in is made. */
export type CaseSource =
  /** run `program args...` (program is a name of `generators:` or a file/folder under generators/) */
  | { kind: 'generate'; command: string; program: string; args: string[] /** what {seed} becomes */; seed: number }
  /** copy generators/<from>.{in,ans,desc,hint} (from is relative to generators/, without extension) */
  | { kind: 'copy'; from: string }
  /** a manual case: data/<path>.in is in the package already */
  | { kind: 'manual' }
  /** `in:` given inline */
  | { kind: 'inline' };

export interface PlannedCase {
  /** Path under data/ without extension, e.g. "secret/group1/03-large". */
  path: string;
  /** The file base name (what `{name}` becomes). */
  name: string;
  source: CaseSource;
  /** Files given inline (`in:`, `ans:`, `desc:`, `hint:`). */
  inline: Partial<Record<GeneratedExtension, string>>;
  solution: SolutionChoice;
}

export interface PlannedGroup {
  /** Path under data/, e.g. "secret/group1". */
  path: string;
  /** The file to write in the group folder (testdata.yaml or test_group.yaml) and its settings. */
  settingsFile: { name: string; value: Record<string, unknown> } | null;
}

export interface GeneratorsPlan {
  /** The `generators:` map: a name → its files relative to generators/, the first is the entry point. */
  generators: Map<string, string[]>;
  groups: PlannedGroup[];
  cases: PlannedCase[];
}

interface Inherited {
  solution: SolutionChoice;
  salt: string;
}

const SEED_PATTERN = /\{seed(?::[0-9]+)?\}/g;
const HAS_SEED = /\{seed(?::[0-9]+)?\}/;
const NAME_PATTERN = /\{name\}/g;
/** Test case and group names the format allows (a file name without a slash). */
const NAME_CHARS = /^[A-Za-z0-9_.-]*$/;
/** Top-level groups that are judged; others (invalid_input, ...) are not generated. */
const JUDGED_GROUPS = new Set(['sample', 'secret']);
const GROUP_SETTINGS_FILES = ['testdata.yaml', 'test_group.yaml'];
/** Keys only a test case has. */
const CASE_KEYS = ['generate', 'input', 'copy', ...GENERATED_EXTENSIONS];
/** Keys that change which data is made and that Verdict does not implement: an error, never a silent difference. */
const UNSUPPORTED_KEYS = ['count', 'include', 'retries'];

/**
 * The seed of a `{seed}` in a command: sha512 of random_salt + command as written, reduced
 * modulo 2^31, as BAPCtools computes it (so a package makes the same data in both tools).
 */
export function generatorSeed(salt: string, command: string): number {
  const hex = createHash('sha512')
    .update(salt + command)
    .digest('hex');
  // 2^31 divides 16^8, so the last 8 hex digits decide the remainder
  return Number.parseInt(hex.slice(-8), 16) % 2 ** 31;
}

/** Substitutes `{name}` and `{seed}` (`{seed:N}`) in a command's arguments. */
export function substituteArgs(args: readonly string[], name: string, seed: number): string[] {
  return args.map((arg) => arg.replace(SEED_PATTERN, String(seed)).replace(NAME_PATTERN, name));
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function safeRelative(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !path.split('/').some((part) => part === '..' || part === '');
}

class Planner {
  readonly plan: GeneratorsPlan = { generators: new Map(), groups: [], cases: [] };
  private readonly seen = new Set<string>();
  private readonly commands = new Map<string, string>();

  constructor(private readonly issues: PackageIssue[]) {}

  error(message: string): void {
    this.issues.push({ severity: 'error', file: 'generators/generators.yaml', message });
  }

  warn(message: string): void {
    this.issues.push({ severity: 'warning', file: 'generators/generators.yaml', message });
  }

  solutionOf(raw: Record<string, unknown>, inherited: SolutionChoice, where: string): SolutionChoice {
    if (!('solution' in raw)) return inherited;
    const value = raw.solution;
    if (value === null || value === '') return { kind: 'none' };
    if (typeof value !== 'string') {
      this.error(`${where}: solution must be a path such as /submissions/accepted/sol.py, or empty`);
      return inherited;
    }
    const [path = '', ...args] = value.trim().split(/\s+/);
    if (!path.startsWith('/') || !safeRelative(path.slice(1))) {
      this.error(
        `${where}: solution "${value}" must be a path from the package root, e.g. /submissions/accepted/sol.py`,
      );
      return inherited;
    }
    return { kind: 'given', path: path.slice(1), args };
  }

  inheritedOf(raw: Record<string, unknown>, parent: Inherited, where: string): Inherited {
    const salt = raw.random_salt;
    if (salt !== undefined && salt !== null && typeof salt !== 'string' && typeof salt !== 'number') {
      this.error(`${where}: random_salt must be a string`);
    }
    for (const key of UNSUPPORTED_KEYS) {
      if (key in raw) this.error(`${where}: "${key}" is not supported by Verdict; list the test cases one by one`);
    }
    return {
      solution: this.solutionOf(raw, parent.solution, where),
      salt: salt === undefined ? parent.salt : salt === null ? '' : String(salt),
    };
  }

  /** A mapping is a group when it says so, or when it has no key that makes a test case (`{}` is an empty group). */
  isGroup(value: unknown): value is Record<string, unknown> {
    if (!isMapping(value)) return false;
    if (value.type === 'directory') return true;
    if (value.type === 'testcase') return false;
    return !CASE_KEYS.some((key) => key in value);
  }

  directory(path: string, raw: Record<string, unknown>, parent: Inherited): void {
    const where = path === '' ? 'data' : `data/${path}`;
    const inherited = this.inheritedOf(raw, parent, where);
    let settingsFile: PlannedGroup['settingsFile'] = null;
    for (const name of GROUP_SETTINGS_FILES) {
      if (!(name in raw)) continue;
      if (raw[name] !== null && !isMapping(raw[name])) this.error(`${where}: "${name}" must be a mapping`);
      else settingsFile = { name, value: (raw[name] ?? {}) as Record<string, unknown> };
    }
    if (path !== '') this.plan.groups.push({ path, settingsFile });
    const data = raw.data;
    if (data === undefined || data === null) return;
    const entries: [string, unknown][] = [];
    if (Array.isArray(data)) {
      // a list numbers its items 1, 2, ... (zero-padded); the keys of one item share a number
      const width = String(data.length).length;
      for (const [index, item] of data.entries()) {
        if (!isMapping(item)) {
          this.error(`${where}: item ${index + 1} of the data list must be a mapping of name to case or group`);
          continue;
        }
        const number = String(index + 1).padStart(width, '0');
        for (const [key, value] of Object.entries(item))
          entries.push([key === '' ? number : `${number}-${key}`, value]);
      }
    } else if (isMapping(data)) {
      entries.push(...Object.entries(data));
    } else {
      this.error(`${where}: data must be a mapping or a list of mappings`);
      return;
    }
    for (const [name, value] of entries) {
      if (!NAME_CHARS.test(name) || name === '') {
        this.error(`${where}: "${name}" is not a valid test case or group name (letters, digits, _ . -)`);
        continue;
      }
      const childPath = path === '' ? name : `${path}/${name}`;
      if (this.seen.has(childPath)) {
        this.error(`data/${childPath} is listed twice`);
        continue;
      }
      this.seen.add(childPath);
      if (path === '' && !JUDGED_GROUPS.has(name)) {
        this.warn(`data/${name} is not generated: only data/sample and data/secret are judged`);
        continue;
      }
      if (path === '' && !this.isGroup(value) && value !== null) {
        this.error(`data/${name} must be a group (a mapping with data:)`);
        continue;
      }
      if (this.isGroup(value) || (path === '' && value === null)) this.directory(childPath, value ?? {}, inherited);
      else this.testCase(childPath, name, value, inherited);
    }
  }

  testCase(path: string, name: string, value: unknown, parent: Inherited): void {
    const where = `data/${path}`;
    const raw: Record<string, unknown> = value === null ? {} : isMapping(value) ? value : { generate: value };
    if (value !== null && !isMapping(value) && typeof value !== 'string') {
      this.error(`${where}: a test case is a command, a .in path, empty (manual) or a mapping`);
      return;
    }
    const inherited = this.inheritedOf(raw, parent, where);
    const inline: PlannedCase['inline'] = {};
    for (const extension of GENERATED_EXTENSIONS) {
      const text = raw[extension];
      if (text === undefined || text === null) continue;
      if (typeof text === 'string' || typeof text === 'number') inline[extension] = String(text);
      else this.error(`${where}: "${extension}" must be the file's text`);
    }
    const command = raw.generate ?? raw.input;
    const producers = [command !== undefined, raw.copy !== undefined, inline.in !== undefined].filter(Boolean).length;
    if (producers > 1) {
      this.error(`${where}: give one of generate, copy and in`);
      return;
    }
    let source: CaseSource;
    if (command !== undefined) {
      if (typeof command !== 'string' || command.trim() === '') {
        this.error(`${where}: the command must be a non-empty string`);
        return;
      }
      const made = this.commandSource(command, inherited.salt, where);
      if (made === null) return;
      source = made;
    } else if (raw.copy !== undefined) {
      if (typeof raw.copy !== 'string' || !safeRelative(raw.copy)) {
        this.error(`${where}: copy must be a path relative to generators/, without extension`);
        return;
      }
      source = { kind: 'copy', from: raw.copy };
    } else if (inline.in !== undefined) {
      source = { kind: 'inline' };
    } else if (value === null) {
      source = { kind: 'manual' };
    } else {
      this.error(`${where}: nothing makes its .in (give generate, copy or in)`);
      return;
    }
    this.plan.cases.push({ path, name, source, inline, solution: inherited.solution });
  }

  /** A command string: a path ending in .in is a copy, anything else runs a generator. */
  commandSource(command: string, salt: string, where: string): CaseSource | null {
    const trimmed = command.trim();
    const [written = '', ...args] = trimmed.split(/\s+/);
    // "dir/" names the folder generator dir
    const program = written.replace(/\/+$/, '');
    if (args.length === 0 && program.endsWith('.in')) {
      if (!safeRelative(program)) {
        this.error(`${where}: "${program}" must be a path relative to generators/`);
        return null;
      }
      return { kind: 'copy', from: program.slice(0, -'.in'.length) };
    }
    if (!safeRelative(program)) {
      this.error(`${where}: the generator "${program}" must be a name relative to generators/`);
      return null;
    }
    if ((trimmed.match(SEED_PATTERN) ?? []).length > 1) {
      this.error(`${where}: {seed} may appear at most once in a command`);
      return null;
    }
    const key = `${salt}\0${trimmed}`;
    const earlier = this.commands.get(key);
    if (earlier !== undefined && HAS_SEED.test(trimmed)) {
      this.error(`${where}: the same command as ${earlier} gives the same seed; use {seed:1}, {seed:2}, ...`);
      return null;
    }
    this.commands.set(key, where);
    return { kind: 'generate', command: trimmed, program, args, seed: generatorSeed(salt, command) };
  }
}

/**
 * Reads generators.yaml (already parsed) into the groups and cases it describes, in the order
 * it lists them. Every problem is an issue on generators/generators.yaml, never an exception.
 *
 * @example
 * const plan = planGenerators(parse(text), issues);
 * for (const testCase of plan.cases) console.log(testCase.path, testCase.source.kind);
 */
export function planGenerators(raw: Record<string, unknown>, issues: PackageIssue[]): GeneratorsPlan {
  const planner = new Planner(issues);
  const generators = raw.generators;
  if (generators !== undefined && generators !== null) {
    if (!isMapping(generators)) planner.error('generators must map names to lists of files');
    else {
      for (const [name, files] of Object.entries(generators)) {
        const list = Array.isArray(files) ? files : [];
        if (list.length === 0 || !list.every((file) => typeof file === 'string' && safeRelative(file))) {
          planner.error(`generators.${name} must be a list of files relative to generators/`);
          continue;
        }
        planner.plan.generators.set(name, list as string[]);
      }
    }
  }
  if ('visualizer' in raw && raw.visualizer !== null) planner.warn('visualizer is not run by Verdict');
  planner.directory('', raw, { solution: { kind: 'default' }, salt: '' });
  return planner.plan;
}
