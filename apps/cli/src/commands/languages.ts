import { parseArgs } from 'node:util';
import { EXIT_OK, loadAndDetect, table } from '../cli-support.ts';

export const LANGUAGES_USAGE = `verdict languages [--json]

Lists every language Verdict knows, its toolchain version and whether it can run here.
  --json   print [{id, name, version, available, problem, installHint}]`;

export async function languagesCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, strict: true });
  const { statuses } = await loadAndDetect();
  if (values.json) {
    process.stdout.write(`${JSON.stringify(statuses, null, 2)}\n`);
    return EXIT_OK;
  }
  const rows = [['ID', 'LANGUAGE', 'VERSION', 'STATUS']];
  for (const status of statuses) {
    rows.push([
      status.id,
      status.name,
      status.version ?? '-',
      status.available ? 'available' : `unavailable: ${status.problem} (${status.installHint})`,
    ]);
  }
  const available = statuses.filter((status) => status.available).length;
  process.stdout.write(`${table(rows)}\n\n${available} of ${statuses.length} languages available.\n`);
  return EXIT_OK;
}
