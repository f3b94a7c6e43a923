import { access, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { compileProgram, type Language, type Program, SourceFileError } from '@verdict/languages';
import { isDirectory, listFiles } from '@verdict/problems';
import type { Sandbox } from '@verdict/sandbox';
import { chooseLanguage, type HostFile, readSources } from './program-language.ts';

/** Headers lying beside a single-file generator (testlib.h, a shared lib.h) go with it, as for validators. */
const HEADER_EXTENSIONS = ['.h', '.hh', '.hpp', '.hxx'];

export interface ProgramSetup {
  sandbox: Sandbox;
  languages: readonly Language[];
  /** Ids of the installed languages; undefined: all of them. */
  available?: ReadonlySet<string>;
}

/** A compiled program, or why there is none (the package's fault, said per test case). */
export type Compiled = { ok: true; program: Program } | { ok: false; message: string };

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Compiles generators and solutions once each, in the sandbox and as submissions are compiled,
 * and keeps them for every test case that uses them.
 */
export class GenerationPrograms {
  private readonly compiled = new Map<string, Promise<Compiled>>();

  constructor(
    private readonly setup: ProgramSetup,
    private readonly packageDir: string,
    private readonly named: ReadonlyMap<string, string[]>,
  ) {}

  /** The generator `name`: a key of the `generators:` map, else a file or folder under generators/. */
  generator(name: string): Promise<Compiled> {
    return this.once(`generator:${name}`, async () => {
      const label = `generator "${name}"`;
      const listed = this.named.get(name);
      if (listed) {
        const files = listed.map((file) => ({ path: join(this.packageDir, 'generators', file), name: file }));
        for (const file of files) {
          if (!(await exists(file.path))) return { ok: false, message: `${label}: generators/${file.name} is missing` };
        }
        // the first file listed is the entry point (the spec's "implicit" generator)
        return this.compile(label, files, files[0]);
      }
      const path = join(this.packageDir, 'generators', name);
      if (await isDirectory(path)) return this.compile(label, await listFiles(path));
      if (!(await exists(path))) {
        return { ok: false, message: `${label} is neither a key of generators: nor a file or folder in generators/` };
      }
      return this.compile(label, [{ path, name: name.split('/').pop() ?? name }, ...(await headersBeside(path))]);
    });
  }

  /** A solution (a file or folder, relative to the package) that writes the answers. */
  solution(path: string): Promise<Compiled> {
    return this.once(`solution:${path}`, async () => {
      const label = `solution /${path}`;
      const absolute = join(this.packageDir, path);
      if (await isDirectory(absolute)) return this.compile(label, await listFiles(absolute));
      if (!(await exists(absolute))) return { ok: false, message: `${label} does not exist` };
      return this.compile(label, [{ path: absolute, name: path.split('/').pop() ?? path }]);
    });
  }

  async dispose(): Promise<void> {
    for (const pending of this.compiled.values()) {
      const compiled = await pending;
      if (compiled.ok) await compiled.program.dispose();
    }
    this.compiled.clear();
  }

  private once(key: string, make: () => Promise<Compiled>): Promise<Compiled> {
    let pending = this.compiled.get(key);
    if (!pending) {
      pending = make();
      this.compiled.set(key, pending);
    }
    return pending;
  }

  private async compile(label: string, files: HostFile[], entry?: HostFile): Promise<Compiled> {
    const choice = chooseLanguage(this.setup.languages, files);
    if (!choice.ok) return { ok: false, message: `${label}: ${choice.reason}` };
    const { language } = choice;
    if (this.setup.available && !this.setup.available.has(language.id)) {
      return { ok: false, message: `${label}: ${language.id} is not installed here (see verdict languages)` };
    }
    let program: Program;
    try {
      const sources = await readSources({ ...choice, entry: entry ?? choice.entry });
      program = await compileProgram({ sandbox: this.setup.sandbox, language, files: sources });
    } catch (error) {
      if (error instanceof SourceFileError) return { ok: false, message: `${label}: ${error.message}` };
      throw error;
    }
    if (!program.ok) {
      const output = `${program.compile?.stderr ?? ''}${program.compile?.stdout ?? ''}`.trim().split('\n').slice(0, 10);
      await program.dispose();
      return { ok: false, message: `${label} does not compile (${language.id}):\n${output.join('\n')}` };
    }
    return { ok: true, program };
  }
}

async function headersBeside(path: string): Promise<HostFile[]> {
  const dir = dirname(path);
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && HEADER_EXTENSIONS.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => entry.name)
    .sort();
  return names.map((name) => ({ path: join(dir, name), name }));
}
