import { detectLanguages, type Language, type LanguageStatus, loadLanguages } from '@verdict/languages';
import { createSandbox, type Sandbox } from '@verdict/sandbox';

/** Exit codes of every command, documented in `verdict --help`. */
export const EXIT_OK = 0;
/** The program or check ran and failed: a compile error, a wrong answer, a failed self-test. */
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** Verdict itself failed (sandbox, toolchain set-up); never the user's program's fault. */
export const EXIT_INTERNAL = 3;

/** A bad command line; main prints the message and the command's usage and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses a positive integer option, naming the option when it is not one. */
export function positiveInt(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) <= 0 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${option} must be a positive whole number, got "${value}"`);
  }
  return Number(value);
}

/** Opens the sandbox; refuses an insecure host unless --insecure was given. */
export async function openSandbox(insecure: boolean): Promise<Sandbox> {
  const sandbox = await createSandbox({ insecure });
  if (!sandbox.capabilities.secure && !insecure) {
    throw new UsageError(
      `this machine cannot isolate untrusted code:\n  - ${sandbox.capabilities.problems.join('\n  - ')}\n` +
        'Fix the above (./run installs bubblewrap; run as root), or pass --insecure on a development machine only.',
    );
  }
  return sandbox;
}

/** Looks a language id up among the available ones, with a message that lists them when it fails. */
export function pickLanguage(languages: Language[], statuses: LanguageStatus[], id: string): Language {
  const language = languages.find((candidate) => candidate.id === id);
  if (language === undefined) {
    const known = languages.map((candidate) => candidate.id);
    throw new UsageError(
      `unknown language "${id}"; known languages: ${known.join(', ')} (verdict languages shows which are available)`,
    );
  }
  const status = statuses.find((candidate) => candidate.id === id);
  if (status !== undefined && !status.available) {
    throw new UsageError(
      `language "${id}" is not available here: ${status.problem}; install it with: ${status.installHint}`,
    );
  }
  return language;
}

export async function loadAndDetect(): Promise<{ languages: Language[]; statuses: LanguageStatus[] }> {
  const languages = loadLanguages();
  return { languages, statuses: await detectLanguages(languages) };
}

/** Pads cells into aligned columns; the last column is not padded. */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [index, cell] of row.entries()) widths[index] = Math.max(widths[index] ?? 0, cell.length);
  }
  return rows
    .map((row) =>
      row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0))).join('  '),
    )
    .join('\n');
}

export function formatKb(kb: number): string {
  return kb >= 10 * 1024 ? `${(kb / 1024).toFixed(1)} MiB` : `${kb} KiB`;
}
