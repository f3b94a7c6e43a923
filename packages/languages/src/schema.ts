/**
 * The format of `languages/<id>/language.json`. Adding a language is adding one of these
 * files and a self-test source; no TypeScript changes (STYLE.md, "a language is data").
 */
import { z } from 'zod';

/** Placeholders an argv element (or an env value) may contain, e.g. `-Xmx{memoryMb}m`. */
export const PLACEHOLDERS = {
  /** Memory budget of the step in MiB: the user's limit for a run, the compile limit for a compile. */
  memoryMb: 'memoryMb',
  /** The source file name, e.g. `Main.java`. */
  source: 'source',
  /**
   * Only as a whole argv element: every submitted file with one of the language's extensions,
   * the entry file first (multi-file programs). Elsewhere it is an error.
   */
  sources: 'sources',
  /** The class a JVM program starts from (see `entryClass`); else the stem of `source`. */
  mainClass: 'mainClass',
  /** The class the entry file is named after, `Sum` for `public class Sum` (see `entryClass`). */
  fileClass: 'fileClass',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

const PLACEHOLDER_PATTERN = /\{([^{}]*)\}/g;

function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)]
    .map((match) => match[1] ?? '')
    .filter((name) => !Object.hasOwn(PLACEHOLDERS, name));
}

const templateString = z
  .string()
  .min(1)
  .superRefine((text, context) => {
    for (const name of unknownPlaceholders(text)) {
      context.addIssue({
        code: 'custom',
        message: `unknown placeholder {${name}}; known: ${Object.keys(PLACEHOLDERS)
          .map((p) => `{${p}}`)
          .join(', ')}`,
      });
    }
  });

const argvSchema = z
  .array(templateString)
  .min(1, 'must name a program: ["program", "arg", ...]')
  .superRefine((argv, context) => {
    argv.forEach((arg, index) => {
      if (arg !== '{sources}' && arg.includes('{sources}')) {
        context.addIssue({ code: 'custom', path: [index], message: '{sources} must be a whole argument on its own' });
      }
    });
  });

/** A plain file name inside the work dir: no directories, nothing hidden. */
const fileNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/, 'must be a plain file name such as "main.cpp" (no "/")');

const positiveInt = z.number().int().positive();

/** Sandbox limits a language may raise or lower (see SandboxLimits in @verdict/sandbox). */
const stepLimitFields = {
  pids: positiveInt.optional(),
  stdoutBytes: positiveInt.optional(),
  stderrBytes: positiveInt.optional(),
  fileSizeKb: positiveInt.optional(),
  openFiles: positiveInt.optional(),
  stackKb: positiveInt.optional(),
  tmpKb: positiveInt.optional(),
};

/** A compile step's limits are fixed per language, so time and memory are allowed here. */
const compileLimitsSchema = z.strictObject({
  ...stepLimitFields,
  cpuMs: positiveInt.optional(),
  wallMs: positiveInt.optional(),
  memoryKb: positiveInt.optional(),
});

/**
 * A run's time and memory come from the problem; a language scales them with
 * timeMultiplier, memoryMultiplier and extraMemoryMb instead of fixing them here.
 */
const runLimitsSchema = z.strictObject(stepLimitFields);

const mountSchema = z
  .strictObject({
    /** Host path; relative paths are relative to the repository root (e.g. "node_modules/typescript"). */
    host: z.string().min(1),
    /** Absolute path inside the sandbox; defaults to the host path (required when host is relative). */
    sandbox: z.string().startsWith('/', 'must be an absolute path inside the sandbox').optional(),
    /** Skip the mount when the host path is missing instead of marking the language unavailable. */
    optional: z.boolean().default(false),
  })
  .superRefine((mount, context) => {
    if (!mount.host.startsWith('/') && mount.sandbox === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['sandbox'],
        message: `a relative host path ("${mount.host}") needs "sandbox": the absolute path to mount it at`,
      });
    }
  });

const regexString = z.string().superRefine((pattern, context) => {
  try {
    new RegExp(pattern);
  } catch (error) {
    context.addIssue({ code: 'custom', message: `not a valid regular expression: ${(error as Error).message}` });
  }
});

export const languageSchema = z.strictObject({
  /** Stable identifier, equal to the folder name: "cpp17", "python3". */
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'must be lower-case letters, digits, "-" or "_", e.g. "cpp17"'),
  /** Display name with the toolchain, e.g. "C++17 (GCC 12)". */
  name: z.string().min(1),
  /** File name the submitted code is written to in the work dir, e.g. "main.cpp", "Main.java". */
  source: fileNameSchema,
  /** Every usual file extension, with the dot, used to guess the language of a file. */
  extensions: z
    .array(z.string().regex(/^\.[A-Za-z0-9+_-]+$/, 'must look like ".cpp"'))
    .min(1, 'list at least one extension, e.g. [".cpp"]'),
  /**
   * Patterns (multiline regular expressions) typical of the language's code. When languages
   * share an extension (".pl": Perl and Prolog), the one whose patterns the file matches most wins.
   */
  sourcePatterns: z.array(regexString).default([]),
  /**
   * Code this language's toolchain will not run although the extension fits (Python 2 in a .py
   * file): a submission matching a pattern is refused as unsupported with the reason, not judged CE.
   */
  unsupportedSources: z.array(z.strictObject({ pattern: regexString, reason: z.string().min(1) })).default([]),
  /** This language wins the extensions it shares with others (cpp20 over cpp17 for ".cpp"). */
  default: z.boolean().default(false),
  /** Compile command, run in the work dir holding the source; absent for interpreted languages. */
  compile: argvSchema.optional(),
  /** Run command, in a fresh work dir holding everything the compile step left. */
  run: argvSchema,
  /** Probe run on the host (repository root as cwd, PATH /usr/local/bin:/usr/bin:/bin). */
  version: z.strictObject({
    argv: argvSchema,
    /** Applied to stdout + stderr; the first capture group (or the whole match) is the version. */
    pattern: regexString.optional(),
  }),
  /** The run's CPU and wall limits are multiplied by this (slow-starting VMs). */
  timeMultiplier: z.number().positive().max(10).default(1),
  /** The run's memory limit is multiplied by this. */
  memoryMultiplier: z.number().positive().max(10).default(1),
  /** Added to the run's memory limit after the multiplier, for a VM's own footprint. */
  extraMemoryMb: z.number().int().nonnegative().max(4096).default(0),
  /** Overrides of the default compile limits (see DEFAULT_COMPILE_LIMITS). */
  compileLimits: compileLimitsSchema.default({}),
  /** Overrides of the sandbox defaults for runs (e.g. more pids for the JVM). */
  runLimits: runLimitsSchema.default({}),
  /** Environment of both steps, on top of the sandbox's PATH, HOME=/tmp, TMPDIR and LANG. */
  env: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a variable name'), templateString).default({}),
  /** Read-only host paths the toolchain needs beyond the sandbox's base view. */
  mounts: z.array(mountSchema).default([]),
  /** How to install the toolchain; shown when it is missing. */
  install: z.strictObject({
    apt: z.array(z.string().min(1)).default([]),
    npm: z.array(z.string().min(1)).default([]),
  }),
  /** Program that reads stdin and prints `expected`, proving the toolchain works in the sandbox. */
  selftest: z.strictObject({
    /** Source file next to language.json; its content is written to `source`. */
    file: fileNameSchema,
    stdin: z.string(),
    /** Compared after trimming trailing whitespace of each line and trailing blank lines. */
    expected: z.string(),
  }),
  /**
   * For languages whose entry point is a class (Java, Kotlin): how to find it in the source, so
   * a submission keeps its own class name. Sets the {mainClass} and {fileClass} placeholders.
   */
  entryClass: z
    .strictObject({
      /** A top-level type declaration: group 1 its modifiers (public?), group 2 its name. */
      declaration: regexString,
      /** The main method; the top-level type around it is {mainClass}. */
      main: regexString,
      /** {mainClass} when main is outside every type (Kotlin's `fun main` in main.kt is MainKt). */
      topLevel: z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]*$/, 'must be a class name such as "Main"'),
      /** Name the entry file is written under instead of `source`, e.g. "{fileClass}.java". */
      file: templateString.optional(),
    })
    .optional(),
  /** Why a flag, limit or probe is what it is. Free text, not used by the code. */
  notes: z.string().optional(),
});

/** A language.json as written, after defaults. */
export type LanguageSpec = z.infer<typeof languageSchema>;
export type LanguageMountSpec = LanguageSpec['mounts'][number];
