import { compileProgram, type Language, type Program } from '@verdict/languages';
import type { PackageProgram, PolygonRunner, ProgramOutput } from '@verdict/problems';
import type { Sandbox } from '@verdict/sandbox';
import { chooseLanguage, readSources } from './program-language.ts';

/**
 * Runs a Polygon package's generators and main solution in the sandbox, compiled as
 * submissions are, for the tests a package built without tests lacks (see
 * convertPolygonPackage). Each program compiles once; the sandbox is opened on first use, so a
 * package that holds all its tests never needs one.
 */

/** A generator or the main solution making one test: generous, and bounded. */
const MAKE_LIMITS = { cpuMs: 20_000, wallMs: 60_000, memoryKb: 1024 * 1024, stdoutBytes: 256 * 1024 * 1024 };
const STDERR_LINES = 5;

export interface PolygonRunnerOptions {
  /** The sandbox, or how to open it when a program first has to run. */
  sandbox: Sandbox | (() => Promise<Sandbox>);
  languages: readonly Language[];
}

export interface SandboxPolygonRunner extends PolygonRunner {
  /** Removes the compiled programs. */
  dispose(): Promise<void>;
}

function failure(result: {
  status: string;
  exitCode: number | null;
  signal: string | null;
  stderr: string;
  stdoutTruncated: boolean;
}): string {
  if (result.stdoutTruncated) return `its output is over ${MAKE_LIMITS.stdoutBytes / 1024 / 1024} MiB`;
  const how = result.signal ? `signal ${result.signal}` : `${result.status}, exit code ${result.exitCode}`;
  const said = result.stderr.trim().split('\n').slice(-STDERR_LINES).join('\n');
  return said ? `${how}: ${said}` : how;
}

/** A PolygonRunner over the real sandbox. */
export function sandboxPolygonRunner(options: PolygonRunnerOptions): SandboxPolygonRunner {
  const compiled = new Map<string, Promise<Program | string>>();
  let sandbox: Promise<Sandbox> | null = null;
  const openSandbox = () => {
    sandbox ??= typeof options.sandbox === 'function' ? options.sandbox() : Promise.resolve(options.sandbox);
    return sandbox;
  };
  const compile = (program: PackageProgram): Promise<Program | string> => {
    const known = compiled.get(program.path);
    if (known) return known;
    const made = (async () => {
      const choice = chooseLanguage(options.languages, program.files);
      if (!choice.ok) return `${program.path}: ${choice.reason}`;
      const result = await compileProgram({
        sandbox: await openSandbox(),
        language: choice.language,
        files: await readSources(choice),
      });
      if (result.ok) return result;
      const output = `${result.compile?.stderr ?? ''}${result.compile?.stdout ?? ''}`.trim().split('\n').slice(0, 10);
      await result.dispose();
      return `${program.path} does not compile (${choice.language.id}):\n${output.join('\n')}`;
    })();
    compiled.set(program.path, made);
    return made;
  };
  const run = async (
    program: PackageProgram,
    how: { args: string[]; stdin?: { file: string } },
  ): Promise<ProgramOutput> => {
    const ready = await compile(program);
    if (typeof ready === 'string') return { ok: false, reason: ready };
    const result = await ready.run({ args: how.args, ...(how.stdin ? { stdin: how.stdin } : {}), limits: MAKE_LIMITS });
    if (result.status !== 'ok' || result.stdoutTruncated) return { ok: false, reason: failure(result) };
    return { ok: true, output: Buffer.from(result.stdout) };
  };
  return {
    generate: (program, args) => run(program, { args }),
    solve: (program, inputFile) => run(program, { args: [], stdin: { file: inputFile } }),
    async dispose() {
      for (const made of compiled.values()) {
        const program = await made;
        if (typeof program !== 'string') await program.dispose();
      }
      compiled.clear();
    },
  };
}
