/**
 * Languages against the real sandbox: the config format refuses bad files with clear
 * messages, a missing toolchain is reported (never a crash), compilation runs under its own
 * limits, and every language's self-test passes.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Sandbox } from '@verdict/sandbox';
import { testSandbox } from '@verdict/sandbox/test-support';
import {
  compileProgram,
  detectLanguage,
  detectLanguages,
  type Language,
  LanguageConfigError,
  languageForFileName,
  loadLanguages,
  parseLanguage,
  selftestLanguage,
} from './index.ts';

/** The languages issue 2 names; each must be installed and pass its self-test. */
const REQUIRED = [
  'c',
  'cpp17',
  'cpp20',
  'python3',
  'java',
  'javascript',
  'typescript',
  'go',
  'rust',
  'ruby',
  'php',
  'csharp',
  'kotlin',
  'haskell',
  'pascal',
  'bash',
  'lua',
  'perl',
];
const LIMITS = { cpuMs: 2_000, wallMs: 6_000, memoryKb: 256 * 1024 };

let sandbox: Sandbox;
let languages: Language[];
const scratch = mkdtempSync(join(tmpdir(), 'verdict-languages-'));

before(async () => {
  ({ sandbox } = await testSandbox());
  languages = loadLanguages();
});

after(() => rmSync(scratch, { recursive: true, force: true }));

function language(id: string): Language {
  const found = languages.find((candidate) => candidate.id === id);
  assert.ok(found, `language ${id} is defined`);
  return found;
}

function validSpec(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'demo',
    name: 'Demo',
    source: 'main.demo',
    extensions: ['.demo'],
    run: ['demo-run', 'main.demo'],
    version: { argv: ['demo-run', '--version'] },
    install: { apt: ['demo-package'] },
    selftest: { file: 'selftest.demo', stdin: '', expected: 'ok' },
    ...overrides,
  };
}

function writeSpec(spec: Record<string, unknown>, folder = String(spec.id)): string {
  const dir = join(scratch, 'langs', folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'language.json'), JSON.stringify(spec));
  writeFileSync(join(dir, 'selftest.demo'), '');
  return join(dir, 'language.json');
}

describe('language.json format', () => {
  test('every shipped language.json is valid and at least 18 languages exist', () => {
    assert.ok(languages.length >= 18);
    for (const id of REQUIRED) language(id);
  });

  test('a bad field is named with the file', () => {
    const file = writeSpec(validSpec({ run: [], timeMultiplier: -1 }), 'demo');
    assert.throws(
      () => parseLanguage(file, JSON.stringify(validSpec({ run: [], timeMultiplier: -1 }))),
      (error: unknown) =>
        error instanceof LanguageConfigError && /"run"/.test(error.message) && /"timeMultiplier"/.test(error.message),
    );
  });

  test('an unknown placeholder is refused', () => {
    const spec = validSpec({ run: ['demo-run', '{memoryGb}'] });
    assert.throws(() => parseLanguage(writeSpec(spec), JSON.stringify(spec)), /unknown placeholder \{memoryGb\}/);
  });

  test('the id must match the folder', () => {
    const spec = validSpec();
    const file = writeSpec(spec, 'other');
    assert.throws(() => parseLanguage(file, JSON.stringify(spec)), /folder is "other"/);
  });

  test('invalid JSON is reported as such', () => {
    assert.throws(() => parseLanguage(join(scratch, 'x/language.json'), '{'), /not valid JSON/);
  });
});

describe('extensions', () => {
  test('common extensions map to the expected language', () => {
    const cases: [string, string][] = [
      ['a.c', 'c'],
      ['a.cpp', 'cpp20'],
      ['a.cc', 'cpp20'],
      ['a.C', 'cpp20'],
      ['a.py', 'python3'],
      ['Main.java', 'java'],
      ['a.js', 'javascript'],
      ['a.ts', 'typescript'],
      ['a.go', 'go'],
      ['a.rs', 'rust'],
      ['a.rb', 'ruby'],
      ['a.php', 'php'],
      ['a.cs', 'csharp'],
      ['a.kt', 'kotlin'],
      ['a.hs', 'haskell'],
      ['a.pas', 'pascal'],
      ['a.sh', 'bash'],
      ['a.lua', 'lua'],
      ['a.pl', 'perl'],
      ['A.PY', 'python3'],
    ];
    for (const [file, id] of cases) assert.equal(languageForFileName(languages, file)?.id, id, file);
    assert.equal(languageForFileName(languages, 'README'), undefined);
  });

  test('a .pl file is Prolog or Perl by its content (Perl when nothing tells)', () => {
    const prolog = [
      ':- use_module(library(readutil)).\nmain :- read_line_to_string(user_input, L), format("~w~n", [L]).\n',
      'main :-\n    read(X),\n    Y is X * 2,\n    write(Y), nl.\n',
      'edge(a, b).\npath(X, Y) :- edge(X, Y).\n',
    ];
    for (const content of prolog)
      assert.equal(languageForFileName(languages, 'sum.pl', content)?.id, 'prolog', content);
    const perl = [
      'use strict;\nuse warnings;\nmy ($a, $b) = split " ", <STDIN>;\nprint $a + $b, "\\n";\n',
      '$_ = <STDIN>; @x = split; print $x[0] + $x[1];\n',
    ];
    for (const content of perl) assert.equal(languageForFileName(languages, 'sum.pl', content)?.id, 'perl', content);
    assert.equal(languageForFileName(languages, 'sum.pl')?.id, 'perl');
    for (const id of ['perl', 'prolog']) {
      const language = languages.find((candidate) => candidate.id === id);
      assert.ok(language);
      const selftest = readFileSync(join(language.dir, language.selftest.file), 'utf8');
      assert.equal(languageForFileName(languages, 'x.pl', selftest)?.id, id, `${id}'s own self-test`);
    }
  });
});

describe('detection', () => {
  test('a missing toolchain is unavailable with the install hint, not an error', async () => {
    const spec = validSpec({ id: 'ghostlang', version: { argv: ['verdict-no-such-compiler', '--version'] } });
    const ghost = parseLanguage(writeSpec(spec), JSON.stringify(spec));
    const status = await detectLanguage(ghost);
    assert.equal(status.available, false);
    assert.equal(status.version, null);
    assert.match(status.problem ?? '', /verdict-no-such-compiler is not installed/);
    assert.equal(status.installHint, 'apt-get install -y demo-package');
  });

  test('a missing required mount makes the language unavailable', async () => {
    const spec = validSpec({
      id: 'mountlang',
      version: { argv: ['true'] },
      mounts: [{ host: '/nonexistent/verdict-toolchain' }],
    });
    const status = await detectLanguage(parseLanguage(writeSpec(spec), JSON.stringify(spec)));
    assert.equal(status.available, false);
    assert.match(status.problem ?? '', /nonexistent\/verdict-toolchain/);
  });

  test('every required language is installed here with a version', async () => {
    const statuses = await detectLanguages(languages.filter((candidate) => REQUIRED.includes(candidate.id)));
    for (const status of statuses) {
      assert.ok(status.available, `${status.id}: ${status.problem} (install: ${status.installHint})`);
      assert.match(status.version ?? '', /\d/);
    }
  });
});

describe('compile and run in the sandbox', () => {
  test('a compile error is reported with the compiler output, and the program cannot run', async () => {
    const program = await compileProgram({
      sandbox,
      language: language('c'),
      files: [{ name: 'x.c', content: 'int main( {' }],
    });
    try {
      assert.equal(program.ok, false);
      assert.equal(program.compile?.status, 'runtime-error');
      assert.match(program.compile?.stderr ?? '', /error/);
      await assert.rejects(program.run({ limits: LIMITS }), /did not compile/);
    } finally {
      await program.dispose();
    }
  });

  test('a compiled program runs many times, each run in a fresh work dir', async () => {
    const source =
      '#include <stdio.h>\nint main(void){FILE*f=fopen("mark","r");if(f){puts("dirty");return 1;}f=fopen("mark","w");fputs("x",f);fclose(f);puts("clean");return 0;}\n';
    const program = await compileProgram({
      sandbox,
      language: language('c'),
      files: [{ name: 'm.c', content: source }],
    });
    try {
      assert.ok(program.ok, program.compile?.stderr);
      for (let round = 0; round < 3; round++) {
        const result = await program.run({ limits: LIMITS });
        assert.equal(result.stdout, 'clean\n');
      }
    } finally {
      await program.dispose();
    }
  });

  test('the language multipliers scale the limits (Java gets -Xmx and extra memory)', async () => {
    const java = language('java');
    const source =
      'public class Main { public static void main(String[] a) { System.out.println(Runtime.getRuntime().maxMemory() / (1024 * 1024)); } }';
    const program = await compileProgram({ sandbox, language: java, files: [{ name: 'Main.java', content: source }] });
    try {
      assert.ok(program.ok, program.compile?.stderr);
      const result = await program.run({ limits: { cpuMs: 5_000, wallMs: 15_000, memoryKb: 128 * 1024 } });
      assert.equal(result.status, 'ok', result.stderr);
      const heapMb = Number(result.stdout.trim());
      assert.ok(heapMb > 100 && heapMb <= 128, `heap ${heapMb} MiB follows the 128 MiB limit`);
    } finally {
      await program.dispose();
    }
  });

  test('Java and Kotlin keep their own class names (public class Sum, object Sum), whatever the file is called', async () => {
    const cases = [
      {
        id: 'java',
        // the editor and the API send code without a file name: it is saved as Main.java first
        files: [
          {
            name: 'Main.java',
            content:
              'public class Sum {\n  public static void main(String[] a) {\n    System.out.println("sum");\n  }\n}\n',
          },
        ],
      },
      {
        id: 'java',
        files: [
          {
            name: 'Sum.java',
            content:
              'class Helper {}\nclass Sum { static public void main(String... a) { System.out.println("sum"); } }\n',
          },
        ],
      },
      {
        id: 'kotlin',
        files: [
          {
            name: 'main.kt',
            content:
              'object Sum {\n    @JvmStatic\n    fun main(args: Array<String>) {\n        println("sum")\n    }\n}\n',
          },
        ],
      },
    ];
    for (const { id, files } of cases) {
      const program = await compileProgram({ sandbox, language: language(id), files });
      try {
        assert.ok(program.ok, program.compile?.stderr);
        const result = await program.run({ limits: { cpuMs: 5_000, wallMs: 15_000, memoryKb: 256 * 1024 } });
        assert.equal(result.status, 'ok', result.stderr);
        assert.equal(result.stdout, 'sum\n');
      } finally {
        await program.dispose();
      }
    }
  });

  test('a compiler bomb (#include of /dev/zero) ends as a failed compile within its limits', async () => {
    const program = await compileProgram({
      sandbox,
      language: language('cpp17'),
      files: [{ name: 'bomb.cpp', content: '#include </dev/zero>\nint main() {}\n' }],
      limits: { cpuMs: 5_000, wallMs: 10_000, memoryKb: 256 * 1024 },
    });
    try {
      assert.equal(program.ok, false);
      assert.ok(
        ['memory-limit', 'time-limit', 'wall-time-limit', 'runtime-error'].includes(program.compile?.status ?? ''),
      );
      assert.ok((program.compile?.wallMs ?? Infinity) < 15_000);
    } finally {
      await program.dispose();
    }
  });

  test('an error flood from the compiler is capped and ends the compile', async () => {
    const lines = Array.from({ length: 20_000 }, (_, index) => `int f${index}() { return undefined_${index}; }`).join(
      '\n',
    );
    const program = await compileProgram({
      sandbox,
      language: language('c'),
      files: [{ name: 'flood.c', content: `${lines}\nint main(void){return 0;}\n` }],
      limits: { stderrBytes: 16 * 1024 },
    });
    try {
      assert.equal(program.ok, false);
      assert.ok(program.compile !== null && program.compile.stderr.length <= 16 * 1024);
    } finally {
      await program.dispose();
    }
  });

  test('a submitted file name cannot escape the work dir', async () => {
    await assert.rejects(
      compileProgram({
        sandbox,
        language: language('c'),
        files: [
          { name: 'main.c', content: 'int main(){}' },
          { name: '../../escape.h', content: '' },
        ],
      }),
      /relative path inside the submission/,
    );
  });
});

describe('self-tests', () => {
  test('every available language passes its self-test in the sandbox', async () => {
    const statuses = await detectLanguages(languages);
    const failures: string[] = [];
    for (const candidate of languages) {
      const status = statuses.find((entry) => entry.id === candidate.id);
      if (!status?.available) {
        if (REQUIRED.includes(candidate.id)) failures.push(`${candidate.id}: unavailable (${status?.problem})`);
        continue;
      }
      const result = await selftestLanguage(sandbox, candidate);
      if (!result.ok) failures.push(`${candidate.id}: ${result.problem}`);
    }
    assert.deepEqual(failures, []);
  });
});
