import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Language } from './load.ts';
import { REPO_ROOT, TOOLCHAIN_PATH } from './paths.ts';

/** Whether a language can run on this host, and if not, why and how to fix it. */
export interface LanguageStatus {
  id: string;
  name: string;
  /** Toolchain version reported by the probe; null when the probe failed. */
  version: string | null;
  available: boolean;
  /** Why the language is unavailable; null when it is available. */
  problem: string | null;
  /** The command that installs the toolchain, e.g. "apt-get install -y g++". */
  installHint: string;
}

/** A version probe that has not answered by then is taken as a broken toolchain. */
const PROBE_TIMEOUT_MS = 20_000;
const PROBE_OUTPUT_BYTES = 64 * 1024;

/** The shell commands that install a language's toolchain. */
export function installHint(language: Pick<Language, 'install'>): string {
  const steps: string[] = [];
  if (language.install.apt.length > 0) steps.push(`apt-get install -y ${language.install.apt.join(' ')}`);
  if (language.install.npm.length > 0) steps.push(`npm install ${language.install.npm.join(' ')}`);
  return steps.length > 0 ? steps.join(' && ') : 'nothing to install';
}

interface ProbeOutput {
  exitCode: number | null;
  errorCode: string | null;
  text: string;
}

function probe(argv: readonly string[], cwd: string): Promise<ProbeOutput> {
  const [program, ...args] = argv;
  return new Promise((resolve) => {
    execFile(
      program ?? '',
      args,
      {
        cwd,
        env: { PATH: TOOLCHAIN_PATH, HOME: '/tmp', LANG: 'C.UTF-8' },
        timeout: PROBE_TIMEOUT_MS,
        maxBuffer: PROBE_OUTPUT_BYTES,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        const failure = error as (NodeJS.ErrnoException & { code?: string | number }) | null;
        const errorCode = failure && typeof failure.code === 'string' ? failure.code : null;
        const exitCode = failure === null ? 0 : typeof failure.code === 'number' ? failure.code : null;
        resolve({ exitCode, errorCode, text: `${stdout}\n${stderr}` });
      },
    );
  });
}

function parseVersion(language: Language, text: string): string | null {
  if (language.version.pattern === undefined) {
    return text.trim().split('\n')[0]?.trim() || null;
  }
  const match = new RegExp(language.version.pattern).exec(text);
  if (match === null) return null;
  return (match[1] ?? match[0]).trim();
}

/**
 * Probes one language on this host: its required mounts exist and its version command runs
 * with the sandbox's PATH. Never throws: a broken toolchain is reported as unavailable.
 *
 * @example
 * const status = await detectLanguage(language);
 * if (!status.available) console.error(`${status.id}: ${status.problem}; ${status.installHint}`);
 */
export async function detectLanguage(language: Language, options: { repoRoot?: string } = {}): Promise<LanguageStatus> {
  const base = { id: language.id, name: language.name, installHint: installHint(language) };
  const missing = language.mounts.filter((mount) => !mount.optional && !existsSync(mount.host));
  if (missing.length > 0) {
    return {
      ...base,
      version: null,
      available: false,
      problem: `missing ${missing.map((mount) => mount.host).join(', ')}`,
    };
  }
  const output = await probe(language.version.argv, options.repoRoot ?? REPO_ROOT);
  if (output.errorCode === 'ENOENT') {
    return { ...base, version: null, available: false, problem: `${language.version.argv[0]} is not installed` };
  }
  if (output.exitCode !== 0) {
    const why = output.errorCode ?? `exit code ${output.exitCode ?? 'none (killed)'}`;
    return { ...base, version: null, available: false, problem: `version probe failed (${why})` };
  }
  const version = parseVersion(language, output.text);
  if (version === null) {
    return { ...base, version: null, available: false, problem: 'version probe printed no recognisable version' };
  }
  return { ...base, version, available: true, problem: null };
}

/** Probes every language concurrently; results in the order given. */
export function detectLanguages(
  languages: readonly Language[],
  options: { repoRoot?: string } = {},
): Promise<LanguageStatus[]> {
  return Promise.all(languages.map((language) => detectLanguage(language, options)));
}
