import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { readGroup, rootSettings } from './data-tree.ts';
import { readLimits } from './limits.ts';
import { isDirectory, listFiles, readProgram } from './package-files.ts';
import { checkProblemKeys, formatVersionOf, problemKind } from './problem-yaml.ts';
import { readSignature } from './signature.ts';
import { readSubmissions } from './submissions.ts';
import type { PackageIssue, PackageProgram, Problem, Statement, TestGroup } from './types.ts';
import { flagList, readYamlMapping } from './yaml-file.ts';

export interface ReadResult {
  problem: Problem;
  issues: PackageIssue[];
}

/** Thrown only when the path is not a package folder at all; everything else is an issue. */
export class PackageNotFoundError extends Error {
  override readonly name = 'PackageNotFoundError';
}

/** Files beside single-file programs that are not programs themselves: headers they include. */
const SUPPORT_EXTENSIONS = ['.h', '.hh', '.hpp', '.hxx'];

/**
 * The programs of a validators folder, each a file or a folder. Headers lying loose beside
 * single-file programs (a validate.cc with its validate.h, or testlib.h) are not programs:
 * they go with every single-file program of the folder, so `#include "validate.h"` compiles.
 */
async function readPrograms(packageDir: string, folder: string): Promise<PackageProgram[]> {
  if (!(await isDirectory(join(packageDir, folder)))) return [];
  const entries = (await readdir(join(packageDir, folder))).filter((name) => !name.startsWith('.')).sort();
  const isSupport = async (name: string) =>
    SUPPORT_EXTENSIONS.some((extension) => name.endsWith(extension)) &&
    !(await isDirectory(join(packageDir, folder, name)));
  const support: string[] = [];
  const programs: string[] = [];
  for (const name of entries) ((await isSupport(name)) ? support : programs).push(name);
  return Promise.all(
    programs.map(async (name) => {
      const program = await readProgram(packageDir, `${folder}/${name}`);
      if (program.files.length !== 1 || (await isDirectory(join(packageDir, folder, name)))) return program;
      const extra = support.map((header) => ({ path: join(packageDir, folder, header), name: header }));
      return { ...program, files: [...program.files, ...extra] };
    }),
  );
}

function problemName(raw: unknown, fallback: string, issues: PackageIssue[]): string {
  if (raw === undefined) {
    issues.push({ severity: 'warning', file: 'problem.yaml', message: 'no name; the folder name is used' });
    return fallback;
  }
  if (typeof raw === 'string' && raw.trim()) return raw.trim();
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const names = raw as Record<string, unknown>;
    const name = names.en ?? Object.values(names)[0];
    if (typeof name === 'string' && name.trim()) return name.trim();
  }
  issues.push({
    severity: 'error',
    file: 'problem.yaml',
    message: 'name must be a string or a map of language to string',
  });
  return fallback;
}

async function readStatements(dir: string, issues: PackageIssue[]): Promise<Statement[]> {
  const statements: Statement[] = [];
  for (const folder of ['statement', 'problem_statement']) {
    if (!(await isDirectory(join(dir, folder)))) continue;
    for (const name of (await readdir(join(dir, folder))).sort()) {
      const match = /^problem(?:\.([a-z]{2,3}(?:-[A-Za-z]+)?))?\.(md|tex)$/.exec(name);
      if (!match) continue;
      statements.push({
        language: match[1] ?? 'en',
        format: match[2] === 'md' ? 'markdown' : 'latex',
        file: `${folder}/${name}`,
        text: await readFile(join(dir, folder, name), 'utf8'),
      });
    }
  }
  if (statements.length === 0) {
    issues.push({
      severity: 'warning',
      file: 'problem_statement',
      message: 'no statement (problem.en.md or problem.en.tex)',
    });
  }
  // Markdown first: Verdict shows it when both exist (LaTeX goes through pandoc, see @verdict/catalog)
  return statements.sort((a, b) => (a.format === b.format ? 0 : a.format === 'markdown' ? -1 : 1));
}

async function readInclude(dir: string): Promise<Map<string, { path: string; name: string }[]>> {
  const include = new Map<string, { path: string; name: string }[]>();
  const root = join(dir, 'include');
  if (!(await isDirectory(root))) return include;
  for (const language of (await readdir(root)).sort()) {
    if (await isDirectory(join(root, language))) include.set(language, await listFiles(join(root, language)));
  }
  return include;
}

function countCases(group: TestGroup): number {
  return group.cases.length + group.groups.reduce((sum, child) => sum + countCases(child), 0);
}

/**
 * Reads a problem package and reports every problem found in it, with file and reason. Never
 * throws for a broken package (only when the folder does not exist): the issues say what to fix.
 *
 * @example
 * const { problem, issues } = await readProblem('problems/sum');
 * for (const issue of issues) console.log(`${issue.severity}: ${issue.file}: ${issue.message}`);
 */
export async function readProblem(packageDir: string): Promise<ReadResult> {
  const dir = resolve(packageDir);
  if (!(await isDirectory(dir))) throw new PackageNotFoundError(`${packageDir} is not a folder`);
  const issues: PackageIssue[] = [];
  const yaml = await readYamlMapping(join(dir, 'problem.yaml'));
  if (!yaml.ok) issues.push({ severity: 'error', file: 'problem.yaml', message: yaml.message });
  const raw = yaml.ok ? yaml.value : {};
  const formatVersion = formatVersionOf(raw.problem_format_version, issues);
  checkProblemKeys(raw, formatVersion, issues);

  const validatorFolder =
    formatVersion !== 'legacy' && (await isDirectory(join(dir, 'output_validator')))
      ? 'output_validator'
      : 'output_validators';
  let outputValidator: PackageProgram | null = null;
  if (await isDirectory(join(dir, validatorFolder))) {
    if (validatorFolder === 'output_validator') {
      outputValidator = await readProgram(dir, 'output_validator');
    } else {
      const programs = await readPrograms(dir, 'output_validators');
      if (programs.length > 1) {
        issues.push({
          severity: 'error',
          file: 'output_validators',
          message: `holds ${programs.length} programs; keep exactly one`,
        });
      }
      outputValidator = programs[0] ?? null;
    }
  }
  const kind = problemKind(raw, formatVersion, outputValidator !== null, issues);
  if (kind.customValidation && outputValidator === null) {
    issues.push({
      severity: 'error',
      file: 'problem.yaml',
      message: `custom validation needs an output validator (${kind.interactive ? 'interactive' : kind.multiPass ? 'multi-pass' : 'checker'}) in ${formatVersion === 'legacy' ? 'output_validators/' : 'output_validator/'}`,
    });
  }
  if (!kind.customValidation && outputValidator !== null) {
    issues.push({
      severity: 'warning',
      file: validatorFolder,
      message: 'validation is default, so this output validator is not used',
    });
  }
  const validatorFlags = flagList(raw.validator_flags);
  if (validatorFlags === null) {
    issues.push({ severity: 'error', file: 'problem.yaml', message: 'validator_flags must be a string of flags' });
  }
  const limits = await readLimits(dir, raw.limits, formatVersion, issues);
  const signature = raw.function === undefined ? undefined : readSignature(raw.function, validatorFlags ?? [], issues);
  if (signature && kind.customValidation) {
    issues.push({
      severity: 'error',
      file: 'problem.yaml',
      message: 'a function problem is compared by its signature; it cannot have custom or interactive validation',
    });
  }

  let data: TestGroup = { name: '', settings: rootSettings(), cases: [], groups: [] };
  if (await isDirectory(join(dir, 'data'))) {
    data = await readGroup(
      dir,
      '',
      rootSettings(),
      { interactive: kind.interactive, scoring: kind.type === 'scoring' },
      issues,
    );
  } else {
    issues.push({ severity: 'error', file: 'data', message: 'no test data folder' });
  }
  const secret = data.groups.find((group) => group.name === 'secret');
  const sample = data.groups.find((group) => group.name === 'sample');
  const hasSamples = sample !== undefined && countCases(sample) > 0;
  if ((!secret || countCases(secret) === 0) && hasSamples) {
    // DOMjudge judges such a package on its samples (its example problem "hello" is one)
    issues.push({
      severity: 'warning',
      file: 'data/secret',
      message:
        'no secret test cases: submissions are judged on the samples only; add data/secret/ to test them properly',
    });
  } else if (!secret || countCases(secret) === 0) {
    issues.push({ severity: 'error', file: 'data/secret', message: 'no secret test cases' });
  }
  if (!hasSamples) issues.push({ severity: 'warning', file: 'data/sample', message: 'no sample test cases' });
  for (const group of data.groups) {
    if (group.name !== 'sample' && group.name !== 'secret') {
      issues.push({
        severity: 'warning',
        file: `data/${group.name}`,
        message: 'only data/sample and data/secret are judged',
      });
    }
  }
  data = { ...data, groups: data.groups.filter((group) => group.name === 'sample' || group.name === 'secret') };

  const inputValidators = [
    ...(await readPrograms(dir, 'input_validators')),
    ...(formatVersion !== 'legacy' ? await readPrograms(dir, 'input_validator') : []),
  ];
  // a function problem's tests are checked against its signature instead
  if (inputValidators.length === 0 && !signature) {
    issues.push({
      severity: 'warning',
      file: 'input_validators',
      message: 'no input validator: the test data is not checked',
    });
  }
  const submissions = await readSubmissions(dir, formatVersion, issues);
  if (!submissions.some((submission) => submission.expected === 'accepted')) {
    issues.push({ severity: 'warning', file: 'submissions/accepted', message: 'no accepted submission' });
  }
  const id = typeof raw.id === 'string' && /^[a-z0-9][a-z0-9-_]*$/.test(raw.id) ? raw.id : basename(dir);
  return {
    problem: {
      dir,
      id,
      name: problemName(raw.name, basename(dir), issues),
      formatVersion,
      ...kind,
      validatorFlags: validatorFlags ?? [],
      limits,
      statements: await readStatements(dir, issues),
      data,
      include: await readInclude(dir),
      inputValidators,
      outputValidator,
      submissions,
      ...(signature ? { function: signature } : {}),
    },
    issues,
  };
}
