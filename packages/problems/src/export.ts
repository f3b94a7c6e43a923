// Writes a problem back out as a package other judges read: problemtools' verifyproblem and
// DOMjudge's problem import, in the legacy layout or the 2023-07 one (docs/PACKAGES.md, "Export").
//
// The package is built from the read model (readProblem): tests, test groups and their settings,
// validators, limits, statements, submissions and a function signature. Files the model points
// to are copied byte for byte; a few the model does not hold are carried over from the package
// folder as they are (statement images, a test case's side files, submissions.yaml, attachments/,
// generators/).
import { access, readdir, readFile } from 'node:fs/promises';
import { basename, join, posix } from 'node:path';
import { stringify } from 'yaml';
import { type PackedProblem, packFiles } from './archive.ts';
import { type ExportFormat, problemYaml, testdataFiles } from './export-yaml.ts';
import { isDirectory, listFiles } from './package-files.ts';
import type { PackageProgram, Problem, TestGroup } from './types.ts';
import { readYamlMapping } from './yaml-file.ts';

export { EXPORT_FORMATS, type ExportFormat } from './export-yaml.ts';

export interface ExportedPackage {
  /** Relative POSIX paths (at the top of the zip, as DOMjudge wants them) → contents. */
  files: Map<string, Uint8Array>;
  /** What the target format cannot say, or what was changed to say it; empty when nothing is lost. */
  notes: string[];
}

/** Side files of a test case that travel with it (illustrations, hints, sample interactions). */
const CASE_SIDE_EXTENSIONS = ['.desc', '.hint', '.png', '.jpg', '.svg', '.args', '.files', '.interaction', '.yaml'];
const TIMELIMIT_FILE = '.timelimit';

class Collector {
  readonly files = new Map<string, Uint8Array>();
  readonly notes: string[] = [];
  private readonly pending: Promise<void>[] = [];

  text(path: string, text: string): void {
    this.files.set(path, new TextEncoder().encode(text));
  }

  yaml(path: string, value: unknown): void {
    this.text(path, stringify(value, { lineWidth: 0 }));
  }

  copy(path: string, from: string): void {
    this.pending.push(
      readFile(from).then((bytes) => {
        this.files.set(path, new Uint8Array(bytes));
      }),
    );
  }

  async done(): Promise<ExportedPackage> {
    await Promise.all(this.pending);
    const sorted = new Map([...this.files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return { files: sorted, notes: [...new Set(this.notes)] };
  }
}

/** Whether a program is one file (with headers beside it) rather than a folder of files. */
function isSingleFile(problem: Problem, program: PackageProgram): boolean {
  return program.files[0]?.path === join(problem.dir, program.path);
}

/**
 * Copies a program to `folder`: a single file (and the headers that go with it) into the folder,
 * a folder program as `folder/<name>/...`, or, with `flat`, its files straight into `folder`.
 */
function copyProgram(
  out: Collector,
  problem: Problem,
  program: PackageProgram,
  folder: string,
  options: { flat: boolean; name?: string },
): void {
  const single = isSingleFile(problem, program);
  const target = single || options.flat ? folder : `${folder}/${options.name ?? basename(program.path)}`;
  for (const file of program.files) out.copy(`${target}/${file.name}`, file.path);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function copyTree(out: Collector, problem: Problem, from: string, to: string): Promise<void> {
  const root = join(problem.dir, from);
  if (!(await isDirectory(root))) return;
  for (const file of await listFiles(root)) out.copy(posix.join(to, file.name.split('\\').join('/')), file.path);
}

async function copyStatements(out: Collector, problem: Problem, format: ExportFormat): Promise<void> {
  const target = format === 'legacy' ? 'problem_statement' : 'statement';
  for (const folder of ['statement', 'problem_statement']) {
    // the statement files and whatever sits beside them: images, .sty files, an editorial
    await copyTree(out, problem, folder, target);
  }
  if (problem.statements.length === 0) out.notes.push('the package has no statement; neither has the export');
}

async function copyGroup(out: Collector, group: TestGroup): Promise<void> {
  for (const testCase of group.cases) {
    out.copy(`data/${testCase.name}.in`, testCase.inputFile);
    if (testCase.answerFile !== '/dev/null') out.copy(`data/${testCase.name}.ans`, testCase.answerFile);
    const stem = testCase.inputFile.slice(0, -'.in'.length);
    for (const extension of CASE_SIDE_EXTENSIONS) {
      if (await exists(`${stem}${extension}`)) out.copy(`data/${testCase.name}${extension}`, `${stem}${extension}`);
    }
  }
  for (const child of group.groups) await copyGroup(out, child);
}

function copyValidators(out: Collector, problem: Problem, format: ExportFormat): void {
  for (const program of problem.inputValidators) {
    copyProgram(out, problem, program, 'input_validators', { flat: false });
  }
  const checker = problem.outputValidator;
  if (checker === null) return;
  if (!problem.customValidation && format === '2023-07') {
    // in 2023-07 an output_validator/ folder means custom validation: leave the unused one out
    out.notes.push(`${checker.path} is not used (validation is default) and is left out`);
    return;
  }
  if (format === '2023-07') copyProgram(out, problem, checker, 'output_validator', { flat: true });
  else {
    const name = checker.path === 'output_validator' ? 'validator' : basename(checker.path);
    copyProgram(out, problem, checker, 'output_validators', { flat: false, name });
  }
}

function copySubmissions(out: Collector, problem: Problem): void {
  for (const submission of problem.submissions) {
    const single = submission.files.length === 1 && submission.files[0]?.path === join(problem.dir, submission.path);
    for (const file of submission.files) {
      out.copy(single ? submission.path : `${submission.path}/${file.name}`, file.path);
    }
  }
}

/**
 * Builds the files of a package in `format` from a problem read by readProblem. The package
 * folder (problem.dir) must still exist: test data, programs and statement images are read from it.
 *
 * @example
 * const { problem } = await readProblem('problems-fixtures/sum');
 * const { files, notes } = await exportProblem(problem, { format: '2023-07' });
 */
export async function exportProblem(problem: Problem, options: { format: ExportFormat }): Promise<ExportedPackage> {
  const { format } = options;
  const out = new Collector();
  const yaml = await readYamlMapping(join(problem.dir, 'problem.yaml'));
  const raw = yaml.ok ? yaml.value : {};
  out.yaml('problem.yaml', problemYaml(problem, raw, format, out.notes));
  const limits = raw.limits && typeof raw.limits === 'object' ? (raw.limits as Record<string, unknown>) : {};
  for (const key of ['time_resolution', 'compilation_memory']) {
    if (limits[key] !== undefined) out.notes.push(`limits.${key} is not exported (Verdict does not use it)`);
  }
  const { timeLimitMs } = problem.limits;
  // DOMjudge reads .timelimit (and refuses a package where it disagrees with problem.yaml)
  if (timeLimitMs !== null) out.text(TIMELIMIT_FILE, `${timeLimitMs / 1000}\n`);
  else out.notes.push('no time limit: run "verdict verify" on the package first to derive one');
  for (const [group, settings] of testdataFiles(problem, format)) {
    out.yaml(group === '' ? 'data/testdata.yaml' : `data/${group}/testdata.yaml`, settings);
  }
  await copyGroup(out, problem.data);
  await copyStatements(out, problem, format);
  copyValidators(out, problem, format);
  for (const [language, files] of problem.include) {
    for (const file of files) out.copy(`include/${language}/${file.name}`, file.path);
  }
  copySubmissions(out, problem);
  const submissionsYaml = join(problem.dir, 'submissions', 'submissions.yaml');
  if (await exists(submissionsYaml)) {
    out.copy('submissions/submissions.yaml', submissionsYaml);
    if (format === 'legacy') {
      out.notes.push('submissions/submissions.yaml is kept, but legacy readers (problemtools) ignore it');
    }
  }
  // as they are: attachments for contestants, and the author's generators (the data they made is exported too)
  await copyTree(out, problem, 'attachments', 'attachments');
  await copyTree(out, problem, 'generators', 'generators');
  await notesOnDroppedFiles(problem, out.notes);
  return out.done();
}

/** Folders of the package the model does not carry, said plainly so nobody expects them. */
async function notesOnDroppedFiles(problem: Problem, notes: string[]): Promise<void> {
  const entries = await readdir(problem.dir).catch(() => [] as string[]);
  for (const name of ['input_visualizer', 'output_visualizer', 'static_validator', 'answer_validators']) {
    if (entries.includes(name)) notes.push(`${name}/ is not exported (Verdict does not read it)`);
  }
  const kept = new Set(problem.submissions.map((submission) => submission.path));
  let skipped = 0;
  for (const folder of await readdir(join(problem.dir, 'submissions')).catch(() => [] as string[])) {
    if (!(await isDirectory(join(problem.dir, 'submissions', folder)))) continue;
    const entries = await readdir(join(problem.dir, 'submissions', folder));
    skipped += entries.filter((entry) => !entry.startsWith('.') && !kept.has(`submissions/${folder}/${entry}`)).length;
  }
  if (skipped > 0) notes.push(`${skipped} submission(s) with no expectation (Verdict ignores them) are not exported`);
  const judged = new Set(['sample', 'secret']);
  const data = await readdir(join(problem.dir, 'data')).catch(() => [] as string[]);
  for (const name of data) {
    if (!judged.has(name) && (await isDirectory(join(problem.dir, 'data', name)))) {
      notes.push(`data/${name}/ is not exported (only data/sample and data/secret are judged)`);
    }
  }
}

/** exportProblem packed into a zip: sorted entries at the top level, fixed timestamps (same files, same bytes). */
export async function exportProblemZip(
  problem: Problem,
  options: { format: ExportFormat },
): Promise<PackedProblem & { notes: string[] }> {
  const { files, notes } = await exportProblem(problem, options);
  return { ...packFiles(files), notes };
}
