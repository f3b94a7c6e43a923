/**
 * Compile-time attacks: submissions whose compiler runs their code (Template Haskell, Nim's
 * static blocks, Lisp's eval-when, Perl's BEGIN, D's CTFE, Rust's const eval, C++ constexpr) or
 * reads files they name (#include, {$I}, include_str!, staticRead, -include). Through the real
 * sandbox and the languages API: nothing of the host is readable, /dev includes and bombs end
 * within the compile limits as a failed compile (never a hang, never an IE), and nothing of the
 * compile is left on the host. docs/SECURITY.md ("Compile-time attacks") lists these results.
 *
 * Every language used here is installed by `./run install`; a missing one fails its test
 * loudly instead of being skipped.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import type { CgroupDriver, Sandbox, SandboxLimits } from '@verdict/sandbox';
import { type HostState, hostState, testSandbox } from '@verdict/sandbox/test-support';
import {
  type CompileReport,
  compileProgram,
  detectLanguages,
  type Language,
  type LanguageStatus,
  loadLanguages,
  type SourceFile,
} from './index.ts';

/** Where the sandbox keeps work dirs (its default state dir); nothing new may stay there. */
const WORK_ROOT = '/var/tmp/verdict-sandbox/work';
const CANARY = `compile-canary-${process.pid}-${Date.now()}`;
/** A root-only host file holding the canary, like a server's secret or its data dir. */
const hostArea = `/var/tmp/verdict-compile-attack-${process.pid}`;
const SECRET_FILE = join(hostArea, 'data', 'secret.txt');

let sandbox: Sandbox;
let driver: CgroupDriver;
let languages: Language[];
let statuses: LanguageStatus[];
let baseline: HostState;
let workRootBefore: string[];
/** Another submission's work dir holding the canary, as if a concurrent run had it. */
let otherWorkDir: string;

/** Host paths compile-time code tries to read; none may give it the canary or a secret. */
let secretPaths: string[];

/** Work dirs are named run-<pid>-* and box-<pid>-*: another Verdict process's are not ours to count. */
const OTHER_PROCESS_DIR = /(?:^|\/)(?:run|box)-(\d+)-/;
function ours(entry: string): boolean {
  const pid = OTHER_PROCESS_DIR.exec(entry)?.[1];
  return pid === undefined || Number(pid) === process.pid;
}

function workRootEntries(): string[] {
  try {
    return readdirSync(WORK_ROOT).filter(ours);
  } catch {
    return [];
  }
}

before(async () => {
  process.env.VERDICT_HOST_CANARY = CANARY;
  ({ sandbox, driver } = await testSandbox());
  languages = loadLanguages();
  statuses = await detectLanguages(languages);
  mkdirSync(join(hostArea, 'data'), { recursive: true, mode: 0o700 });
  writeFileSync(SECRET_FILE, `${CANARY}\n`, { mode: 0o600 });
  chmodSync(hostArea, 0o700);
  otherWorkDir = await sandbox.createWorkDir();
  writeFileSync(join(otherWorkDir, 'main.cpp'), `// ${CANARY}\n`, { mode: 0o644 });
  secretPaths = [SECRET_FILE, join(otherWorkDir, 'main.cpp'), '/etc/shadow', '/proc/1/environ', '/root/.bash_history'];
});

after(async () => {
  await sandbox.removeWorkDir(otherWorkDir);
  rmSync(hostArea, { recursive: true, force: true });
});

beforeEach(() => {
  baseline = hostState(driver);
  workRootBefore = workRootEntries();
});

afterEach(() => {
  const state = hostState(driver);
  assert.deepEqual(state.processes, [], 'no process of a sandbox uid survives the compile');
  assert.deepEqual(state.cgroups, [], 'no cgroup of the compile survives it');
  assert.equal(state.mounts, baseline.mounts, 'no mount of the compile survives it');
  const newFiles = state.files.filter((file) => !baseline.files.includes(file));
  assert.deepEqual(newFiles, [], 'the compile left nothing in the host temporary directories');
  const leftDirs = workRootEntries().filter((entry) => !workRootBefore.includes(entry));
  assert.deepEqual(leftDirs, [], 'the compile left no work dir behind');
});

function language(id: string): Language {
  const found = languages.find((candidate) => candidate.id === id);
  assert.ok(found, `language ${id} is defined in languages/`);
  const status = statuses.find((entry) => entry.id === id);
  assert.ok(status?.available, `${id} must be installed (./run install): ${status?.problem} — ${status?.installHint}`);
  return found;
}

interface Attack {
  report: CompileReport;
  /** What a run of the compiled program printed (empty when it did not compile). */
  runOutput: string;
  elapsedMs: number;
}

/** Compiles one submission (and runs it once if it compiled), then removes everything. */
async function attack(
  id: string,
  source: string,
  limits: Partial<SandboxLimits>,
  extraFiles: SourceFile[] = [],
  runIfCompiled = true,
): Promise<Attack> {
  const started = Date.now();
  const program = await compileProgram({
    sandbox,
    language: language(id),
    files: [{ name: 'attack', content: source }, ...extraFiles],
    limits,
  });
  try {
    const report = program.compile;
    assert.ok(report, `${id} has a compile step`);
    const elapsedMs = Date.now() - started;
    let runOutput = '';
    if (program.ok && runIfCompiled) {
      const run = await program.run({ limits: { cpuMs: 2_000, wallMs: 6_000, memoryKb: 256 * 1024 } });
      runOutput = run.stdout + run.stderr;
    }
    if (process.env.VERDICT_ATTACK_REPORT) {
      const lines = `${report.stderr}\n${report.stdout}`.split('\n');
      const firstLine =
        lines.find((line) => /error|denied|no such/i.test(line)) ?? lines.find((line) => line.trim()) ?? '';
      console.log(
        `[attack] ${id}: ${report.status} cpu=${report.cpuMs} wall=${report.wallMs} mem=${report.memoryKb} | ${firstLine.slice(0, 160)}`,
      );
    }
    return { report, runOutput, elapsedMs };
  } finally {
    await program.dispose();
  }
}

function assertNoSecret(result: Attack, label: string): void {
  const seen = result.report.stdout + result.report.stderr + result.runOutput;
  assert.ok(!seen.includes(CANARY), `${label}: the canary leaked:\n${seen.slice(0, 2000)}`);
  assert.ok(!/^root:[^:]*:\d+:/m.test(seen), `${label}: a shadow or passwd entry of the host leaked`);
}

/**
 * A bomb ends within its limits, and (unless `mayCompile`) as a failed compile; an IE would
 * have thrown. A fork bomb whose shell returns may compile: its processes die with the compile.
 */
function assertBounded(
  result: Attack,
  limits: Pick<SandboxLimits, 'cpuMs' | 'wallMs'>,
  label: string,
  mayCompile = false,
): void {
  const { report } = result;
  if (!mayCompile) assert.equal(report.ok, false, `${label}: must not compile:\n${report.stderr.slice(0, 1000)}`);
  assert.ok(report.cpuMs <= limits.cpuMs * 2, `${label}: cpu ${report.cpuMs} ms`);
  assert.ok(report.wallMs <= limits.wallMs + 2_000, `${label}: wall ${report.wallMs} ms`);
  assert.ok(result.elapsedMs <= limits.wallMs + 10_000, `${label}: took ${result.elapsedMs} ms in all`);
}

const hs = (value: string) => JSON.stringify(value);
const list = (values: string[]) => `[${values.map(hs).join(', ')}]`;

/** Limits small enough to keep the suite fast, large enough for each compiler's own start. */
const SMALL = { cpuMs: 3_000, wallMs: 8_000, memoryKb: 256 * 1024 };
const BIG_COMPILER = { cpuMs: 4_000, wallMs: 10_000, memoryKb: 512 * 1024 };

describe('host paths named in #include, import and friends', () => {
  const includers: [string, (path: string) => string][] = [
    ['c', (path) => `#include "${path}"\nint main(void) { return 0; }\n`],
    ['cpp20', (path) => `#include "${path}"\nint main() {}\n`],
    ['fortran', (path) => `program main\ninclude '${path}'\nend program main\n`],
    ['pascal', (path) => `program main;\n{$I ${path}}\nbegin\nend.\n`],
    ['rust', (path) => `const S: &str = include_str!(${hs(path)});\nfn main() { println!("{}", S); }\n`],
    ['nim', (path) => `const s = staticRead(${hs(path)})\necho s\n`],
    ['erlang', (path) => `-module(main).\n-export([main/0]).\n-include(${hs(path)}).\nmain() -> ok.\n`],
    ['haskell', (path) => `{-# LANGUAGE CPP #-}\n#include ${hs(path)}\nmain :: IO ()\nmain = pure ()\n`],
    ['d', (path) => `import std.stdio;\nvoid main() { writeln(import(${hs(path)})); }\n`],
    ['go', (path) => `package main\n\n// #include ${hs(path)}\nimport "C"\n\nfunc main() {}\n`],
    ['typescript', (path) => `/// <reference path=${hs(path)} />\nconsole.log(1);\n`],
  ];
  for (const [id, source] of includers) {
    test(`${id}: every secret path is unreadable at compile time`, async () => {
      for (const path of secretPaths) {
        const result = await attack(id, source(path), BIG_COMPILER);
        assertNoSecret(result, `${id} ${path}`);
        assert.equal(result.report.ok, false, `${id}: including ${path} must fail`);
      }
    });
  }
});

describe('/dev and /proc files named in #include and friends', () => {
  const devices: [string, string][] = [
    ['c', '#include "/dev/zero"\nint main(void) { return 0; }\n'],
    ['c', '#include "/dev/urandom"\nint main(void) { return 0; }\n'],
    ['c', '#include "/dev/stdin"\nint main(void) { return 0; }\n'],
    ['c', '#include "/proc/self/fd/0"\nint main(void) { return 0; }\n'],
    ['c', '#include "/dev/fd/3"\nint main(void) { return 0; }\n'],
    ['cpp20', '#include "/dev/random"\nint main() {}\n'],
    ['fortran', "program main\ninclude '/dev/zero'\nend program main\n"],
    ['pascal', 'program main;\n{$I /dev/urandom}\nbegin\nend.\n'],
    ['rust', 'const B: &[u8] = include_bytes!("/dev/zero");\nfn main() { println!("{}", B.len()); }\n'],
    ['rust', 'const S: &str = include_str!("/dev/urandom");\nfn main() { println!("{}", S.len()); }\n'],
    ['nim', 'const s = staticRead("/dev/zero")\necho s.len\n'],
    ['erlang', '-module(main).\n-export([main/0]).\n-include("/dev/zero").\nmain() -> ok.\n'],
    ['haskell', '{-# LANGUAGE CPP #-}\n#include "/dev/urandom"\nmain :: IO ()\nmain = pure ()\n'],
  ];
  for (const [id, source] of devices) {
    const device = /\/(?:dev|proc)\/[\w/]+/.exec(source)?.[0];
    test(`${id}: including ${device} ends as a failed compile within the limits`, async () => {
      const limits = id === 'rust' || id === 'haskell' || id === 'nim' ? BIG_COMPILER : SMALL;
      assertBounded(await attack(id, source, limits), limits, `${id} ${device}`);
    });
  }
});

/** Sources that run code while compiling, per attack. The secret reader prints what it got. */
interface CompileTimeCode {
  limits: Pick<SandboxLimits, 'cpuMs' | 'wallMs' | 'memoryKb'>;
  readSecrets: (paths: string[]) => string;
  /** The reader compiles and names each path it tried (proof its code ran); else it is an include that fails. */
  readerRuns: boolean;
  loop: string;
  memory: string;
  forkBomb?: string;
  flood?: string;
}

const FORK_BOMB = 'f() { f | f & }; f';

const compileTimeCode: Record<string, CompileTimeCode> = {
  haskell: {
    readerRuns: true,
    limits: BIG_COMPILER,
    readSecrets: (paths) => `{-# LANGUAGE TemplateHaskell #-}
import Control.Exception (SomeException, evaluate, try)
import Language.Haskell.TH
import System.IO

main :: IO ()
main = putStrLn $(do
  let grab p = do
        r <- try (readFile p >>= \\s -> evaluate (length s) >> pure s)
        pure (either (\\e -> "ERR " ++ show (e :: SomeException)) (take 300) r)
  got <- runIO (mapM grab ${list(paths)})
  runIO (hPutStrLn stderr (show got))
  stringE (show got))
`,
    loop: `{-# LANGUAGE TemplateHaskell #-}
import Language.Haskell.TH
main :: IO ()
main = print $(let go :: Int -> Int; go n = if n < 0 then n else go (n + 1) in litE (integerL (fromIntegral (go 1))))
`,
    memory: `{-# LANGUAGE TemplateHaskell #-}
import Language.Haskell.TH
main :: IO ()
main = print $(let xs = [1 ..] :: [Integer] in litE (integerL (fromIntegral (length xs) + last xs)))
`,
    forkBomb: `{-# LANGUAGE TemplateHaskell #-}
import Language.Haskell.TH
import System.Process (callCommand)
main :: IO ()
main = print $(runIO (callCommand ${hs(FORK_BOMB)}) >> litE (integerL 1))
`,
    flood: `{-# LANGUAGE TemplateHaskell #-}
import Control.Monad (forever)
import Language.Haskell.TH
import System.IO
main :: IO ()
main = print $(runIO (forever (hPutStr stderr (replicate 65536 'x'))) >> litE (integerL 1))
`,
  },
  nim: {
    readerRuns: true,
    limits: BIG_COMPILER,
    readSecrets: (paths) =>
      `const got = staticExec(${hs(paths.map((path) => `cat '${path}' 2>&1;`).join(' '))})\nstatic: echo got\necho got\n`,
    loop: 'static:\n  var i = 0\n  while true: inc i\n',
    memory: 'static:\n  var s: seq[string]\n  while true: s.add(newString(1_000_000))\n',
    forkBomb: `const x = staticExec(${hs(FORK_BOMB)})\necho x\n`,
  },
  commonlisp: {
    readerRuns: true,
    limits: SMALL,
    readSecrets: (paths) => `(eval-when (:compile-toplevel)
  (dolist (p '(${paths.map(hs).join(' ')}))
    (format *error-output* "~a: ~a~%" p
      (handler-case (with-open-file (s p) (read-line s)) (error (e) (format nil "ERR ~a" e))))))
(defun main () (print #.(handler-case (with-open-file (s ${hs(paths[0] ?? '')}) (read-line s)) (error () "none"))))
(main)
`,
    loop: '(eval-when (:compile-toplevel) (loop))\n',
    memory:
      "(eval-when (:compile-toplevel) (let ((l nil)) (loop (push (make-array 1000000 :element-type '(unsigned-byte 8) :initial-element 1) l))))\n",
    forkBomb: `(eval-when (:compile-toplevel) (sb-ext:run-program "/bin/sh" (list "-c" ${hs(FORK_BOMB)})))\n`,
    flood:
      '(eval-when (:compile-toplevel) (loop (write-string (make-string 65536 :initial-element #\\x) *error-output*)))\n',
  },
  perl: {
    readerRuns: true,
    limits: SMALL,
    readSecrets: (paths) =>
      `BEGIN { for my $p (${paths.map((path) => `'${path}'`).join(', ')}) { if (open(my $f, '<', $p)) { print STDERR "$p: ", scalar(<$f>), "\\n" } else { print STDERR "$p: ERR $!\\n" } } }\nprint "ok\\n";\n`,
    loop: 'BEGIN { 1 while 1 }\n',
    memory: 'BEGIN { my @a; push @a, "x" x 1_000_000 while 1 }\n',
    forkBomb: 'BEGIN { fork while 1 }\n',
    flood: 'BEGIN { print STDERR "x" x 65536 while 1 }\n',
  },
  d: {
    readerRuns: false,
    limits: SMALL,
    readSecrets: (paths) => `import std.stdio;\nvoid main() { writeln(import(${hs(paths[0] ?? '')})); }\n`,
    loop: 'enum x = () { int i; while (true) ++i; return i; }();\nvoid main() {}\n',
    memory: 'enum x = () { int[] a; while (true) a ~= 1; return a.length; }();\nvoid main() {}\n',
  },
  rust: {
    readerRuns: false,
    limits: BIG_COMPILER,
    readSecrets: (paths) => `const S: &str = include_str!(${hs(paths[0] ?? '')});\nfn main() { println!("{}", S); }\n`,
    loop: 'const X: u64 = { let mut i = 0u64; loop { i = i.wrapping_add(1); } };\nfn main() { println!("{}", X); }\n',
    memory:
      'const X: usize = { let mut n = 0; loop { let v = [0u8; 1 << 30]; n += v.len(); } };\nfn main() { println!("{}", X); }\n',
  },
  cpp20: {
    readerRuns: false,
    limits: SMALL,
    readSecrets: (paths) => `#include "${paths[0] ?? ''}"\nint main() {}\n`,
    loop: 'constexpr int f() { int i = 0; while (true) ++i; return i; }\nconstexpr int x = f();\nint main() {}\n',
    memory:
      '#include <vector>\nconstexpr int f() { std::vector<long> v; while (true) v.push_back(1); return 0; }\nconstexpr int x = f();\nint main() {}\n',
  },
};

describe('code that runs while compiling', () => {
  for (const [id, code] of Object.entries(compileTimeCode)) {
    test(`${id}: compile-time code reads no host secret`, async () => {
      const result = await attack(id, code.readSecrets(secretPaths), code.limits);
      assertNoSecret(result, `${id} secrets`);
      const said = result.report.stdout + result.report.stderr;
      if (code.readerRuns) {
        assert.equal(result.report.ok, true, `${id}: the reader compiles:\n${said.slice(0, 2000)}`);
        for (const path of secretPaths) assert.ok(said.includes(path), `${id}: the reader tried ${path}:\n${said}`);
      } else {
        assert.equal(result.report.ok, false, `${id}: naming ${secretPaths[0]} fails the compile`);
      }
    });
    test(`${id}: a compile-time infinite loop ends within the compile limits`, async () => {
      assertBounded(await attack(id, code.loop, code.limits), code.limits, `${id} loop`);
    });
    test(`${id}: a compile-time memory bomb ends within the compile limits`, async () => {
      const result = await attack(id, code.memory, code.limits);
      assertBounded(result, code.limits, `${id} memory`);
      assert.ok(result.report.memoryKb <= code.limits.memoryKb, `${id}: peak ${result.report.memoryKb} KiB`);
    });
    const { forkBomb, flood } = code;
    if (forkBomb !== undefined) {
      test(`${id}: a compile-time fork bomb ends within the compile limits and leaves no process`, async () => {
        assertBounded(await attack(id, forkBomb, code.limits), code.limits, `${id} fork bomb`, true);
      });
    }
    if (flood !== undefined) {
      test(`${id}: a compile-time output flood is cut at the cap`, async () => {
        const limits = { ...code.limits, stderrBytes: 64 * 1024, stdoutBytes: 64 * 1024 };
        const result = await attack(id, flood, limits);
        assertBounded(result, limits, `${id} flood`);
        assert.equal(result.report.status, 'output-limit');
        assert.ok(result.report.stderr.length <= 64 * 1024);
      });
    }
  }
});

/**
 * Filling the shared disk from compile-time code (issue 13, items 1 and 2). What a compile
 * leaves is carried into every run, so its apparent size, entry count and depth are capped and
 * going over is a compile error (CARRY_LIMITS in packages/sandbox/src/carry.ts).
 */
describe('compile-time code filling the disk', () => {
  const disk: [string, string, string][] = [
    [
      'haskell',
      '16 sparse files of 200 MiB apparent size each',
      `{-# LANGUAGE TemplateHaskell #-}
import Language.Haskell.TH
import System.IO
main :: IO ()
main = print $(runIO (mapM_ (\\i -> withBinaryFile ("big" ++ show i) WriteMode (\\h -> hSetFileSize h (200 * 1024 * 1024))) [1 .. 16 :: Int]) >> litE (integerL 1))
`,
    ],
    [
      'perl',
      'a tree 40 directories deep',
      "BEGIN { my $p = 'd'; for (1 .. 40) { mkdir $p or die $!; $p .= '/' . ('x' x 30) } open my $f, '>', \"$p.txt\" or die $!; print $f 'x' x 1024 }\nprint \"ok\\n\";\n",
    ],
  ];
  for (const [id, what, source] of disk) {
    test(`${id}: ${what} made at compile time is a compile error`, async () => {
      const result = await attack(id, source, BIG_COMPILER, [], false);
      assert.equal(result.report.ok, false, `${id}: ${what} must not be carried into the runs`);
      assert.match(result.report.stdout + result.report.stderr, /compile output exceeds/);
    });
  }
});

describe('compile steps that must not run the submission', () => {
  const PY_COMPILE_IMPOSTOR = 'import sys\nsys.stderr.write("IMPOSTOR RAN\\n")\nsys.exit(0)\n';
  for (const id of ['python3', 'pypy3']) {
    test(`${id}: a py_compile.py or sitecustomize.py beside main.py does not replace the compile step`, async () => {
      const result = await attack(id, 'x = (\n', SMALL, [
        { name: 'py_compile.py', content: PY_COMPILE_IMPOSTOR },
        { name: 'sitecustomize.py', content: PY_COMPILE_IMPOSTOR },
        { name: 'usercustomize.py', content: PY_COMPILE_IMPOSTOR },
      ]);
      assert.doesNotMatch(result.report.stderr + result.report.stdout, /IMPOSTOR RAN/);
      assert.equal(result.report.ok, false, 'the syntax error is still a compile error');
      assert.match(result.report.stderr, /SyntaxError/);
    });
  }

  test('java: an annotation processor in the submission does not run inside javac', async () => {
    const processor = await buildInSandbox(
      ['javac', 'Evil.java'],
      { name: 'Evil.java', content: PROCESSOR_SOURCE },
      'Evil.class',
    );
    const result = await attack(
      'java',
      'public class Main { public static void main(String[] a) { System.out.println("hi"); } }\n',
      { cpuMs: 10_000, wallMs: 20_000, memoryKb: 512 * 1024 },
      [
        { name: 'Evil.class', content: processor },
        { name: 'META-INF/services/javax.annotation.processing.Processor', content: 'Evil\n' },
      ],
    );
    assert.equal(result.report.ok, true, result.report.stderr);
    assert.doesNotMatch(result.report.stderr + result.report.stdout, /PROCESSOR RAN/);
  });

  test('erlang: a parse transform shipped as a beam in the submission is not loaded by erlc', async () => {
    const beam = await buildInSandbox(
      ['erlc', 'evil.erl'],
      { name: 'evil.erl', content: PARSE_TRANSFORM_SOURCE },
      'evil.beam',
    );
    const result = await attack(
      'erlang',
      '-module(main).\n-export([main/0]).\n-compile({parse_transform, evil}).\nmain() -> ok.\n',
      BIG_COMPILER,
      [{ name: 'evil.beam', content: beam }],
    );
    const said = result.report.stderr + result.report.stdout;
    assert.doesNotMatch(said, /PARSE TRANSFORM RAN/);
    assert.equal(result.report.ok, false);
    assert.match(said, /undefined parse transform/);
  });
});

const PROCESSOR_SOURCE = `import java.util.Set;
import javax.annotation.processing.*;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
@SupportedAnnotationTypes("*")
public class Evil extends AbstractProcessor {
  static { System.err.println("PROCESSOR RAN"); }
  @Override public SourceVersion getSupportedSourceVersion() { return SourceVersion.latestSupported(); }
  @Override public boolean process(Set<? extends TypeElement> a, RoundEnvironment r) { return false; }
}
`;

const PARSE_TRANSFORM_SOURCE = `-module(evil).
-export([parse_transform/2]).
parse_transform(Forms, _Options) ->
    io:format(standard_error, "PARSE TRANSFORM RAN~\\n", []),
    Forms.
`;

/** Builds a helper binary (a class file, a beam) in the sandbox: trusted test code, its own run. */
async function buildInSandbox(argv: string[], source: { name: string; content: string }, output: string) {
  const dir = await sandbox.createWorkDir();
  try {
    writeFileSync(join(dir, source.name), source.content, { mode: 0o644 });
    const built = await sandbox.run({
      argv,
      workDir: dir,
      limits: { cpuMs: 10_000, wallMs: 20_000, memoryKb: 512 * 1024, pids: 128 },
    });
    assert.equal(built.status, 'ok', built.stderr);
    return readFileSync(join(dir, output));
  } finally {
    await sandbox.removeWorkDir(dir);
  }
}
