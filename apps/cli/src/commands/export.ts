// `verdict export`: writes a problem as a package zip that problemtools and DOMjudge import.
//
// The problem comes from a package folder, a zip of one, or the catalog: the store keeps every
// imported package whole (its canonical zip, by content hash), so a problem id exports from that.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ArchiveError,
  EXPORT_FORMATS,
  type ExportFormat,
  exportProblemZip,
  PackageNotFoundError,
  type ReadResult,
  readProblem,
  unpackArchive,
  writeFiles,
} from '@verdict/problems';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../cli-support.ts';
import { openStore } from './import.ts';

export const EXPORT_USAGE = `verdict export <problem> [--format 2023-07|legacy] [--out FILE.zip] [--data DIR] [--json]

Writes the problem as a package zip that problemtools' verifyproblem and DOMjudge's problem
import read: test data and test groups with their testdata.yaml, input and output validators
(checker or interactor), limits (problem.yaml and .timelimit), statements with their images,
submissions with their folders, submissions.yaml and a function problem's signature.
<problem> is a package folder, a .zip of one, or the id of a problem in the catalog (the store of
"verdict import" and "verdict start": --data DIR, else $VERDICT_DATA_DIR, else ./data; or DATABASE_URL).
  --format F   2023-07 (default: problem_format_version 2023-07, statement/, output_validator/,
               limits.time_limit) or legacy (problem_statement/, output_validators/, validation:)
  --out FILE   where to write the zip (default ./<id>.zip; DOMjudge takes the problem id from the name)
  --json       print {out, format, hash, files, notes}
Whatever the target format cannot say is listed as a note. Exit code 1 when the package has errors.`;

export async function exportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      data: { type: 'string' },
      json: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('give exactly one problem: a package folder, a .zip or an id');
  const format = (values.format ?? '2023-07') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${values.format}"`);
  }
  const scratch = await mkdtemp(join(tmpdir(), 'verdict-export-'));
  try {
    const read = await readSource(positionals[0] as string, scratch, values.data);
    const errors = read.issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0) {
      const lines = errors.map((issue) => `error: ${issue.file}: ${issue.message}`);
      process.stderr.write(`verdict export: the package has errors; fix them first:\n${lines.join('\n')}\n`);
      return EXIT_FAILED;
    }
    const { bytes, hash, notes } = await exportProblemZip(read.problem, { format });
    const out = resolve(values.out ?? `${read.problem.id}.zip`);
    await writeFile(out, bytes);
    const files = unpackArchive(bytes).files.size;
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ out, format, hash, files, notes }, null, 2)}\n`);
    } else {
      const lines = [
        `exported ${read.problem.id} as ${format}: ${out} (${files} files, ${bytes.length} bytes)`,
        `  sha256 ${hash}`,
        ...notes.map((note) => `note: ${note}`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return EXIT_OK;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Reads the problem from a folder, a zip (unpacked under `scratch`) or the catalog's stored package. */
async function readSource(source: string, scratch: string, dataFlag: string | undefined): Promise<ReadResult> {
  const info = await stat(source).catch(() => undefined);
  if (info?.isDirectory()) return readFolder(source);
  if (info?.isFile()) {
    return readZip(new Uint8Array(await readFile(source)), basename(source).replace(/\.zip$/i, ''), scratch, source);
  }
  if (!/^[a-z0-9][a-z0-9_-]*$/i.test(source)) {
    throw new UsageError(`${source} does not exist; give a package folder, a .zip of one, or a problem id`);
  }
  const { store, where } = await openStore(dataFlag);
  let bytes: Uint8Array | undefined;
  try {
    await store.migrate();
    const record = await store.getProblem(source);
    if (record === undefined) {
      throw new UsageError(`no problem "${source}" in the catalog (${where}), and no folder or file of that name`);
    }
    bytes = await store.getPackage(record.packageHash);
    if (bytes === undefined) {
      throw new UsageError(`the package of "${source}" (sha256 ${record.packageHash}) is missing from ${where}`);
    }
  } finally {
    await store.close();
  }
  // the folder is named after the catalog id, so the exported package keeps it
  return readZip(bytes, source, scratch, `${source} in ${where}`);
}

async function readFolder(dir: string): Promise<ReadResult> {
  try {
    return await readProblem(dir);
  } catch (error) {
    if (error instanceof PackageNotFoundError) throw new UsageError(error.message);
    throw error;
  }
}

async function readZip(bytes: Uint8Array, name: string, scratch: string, shown: string): Promise<ReadResult> {
  let unpacked: ReturnType<typeof unpackArchive>;
  try {
    unpacked = unpackArchive(bytes);
  } catch (error) {
    if (error instanceof ArchiveError) throw new UsageError(`${shown}: ${error.message}`);
    throw error;
  }
  const dir = join(scratch, unpacked.folder ?? name);
  await writeFiles(dir, unpacked.files);
  return readFolder(dir);
}
