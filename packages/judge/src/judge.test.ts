/**
 * The judge end to end against the real sandbox and toolchains, on small packages built here:
 * every verdict, custom and interactive validators, scoring groups, include/, multi-file
 * programs and the derived time limit.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Language, loadLanguages } from '@verdict/languages';
import { readProblem } from '@verdict/problems';
import type { Sandbox } from '@verdict/sandbox';
import { testSandbox } from '@verdict/sandbox/test-support';
import { type HostFile, type JudgeResult, judgeSubmission, prepareProblem, verifyProblem } from './index.ts';

let sandbox: Sandbox;
let languages: Language[];
const scratch = mkdtempSync(join(tmpdir(), 'verdict-judge-test-'));
let counter = 0;

before(async () => {
  ({ sandbox } = await testSandbox());
  languages = loadLanguages();
});
after(() => rmSync(scratch, { recursive: true, force: true }));

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

function makePackage(files: Record<string, string>): string {
  const dir = join(scratch, `problem${counter++}`);
  writeTree(dir, {
    'problem_statement/problem.en.md': '# Test\n',
    'input_validators/ok.py': 'raise SystemExit(42)\n',
    ...files,
  });
  return dir;
}

/** A submission written to its own folder; one file, or several for a multi-file program. */
function source(files: Record<string, string>): HostFile[] {
  const dir = join(scratch, `submission${counter++}`);
  writeTree(dir, files);
  return Object.keys(files).map((name) => ({ path: join(dir, name), name }));
}

async function judge(problemDir: string, files: HostFile[], options: { runAll?: boolean } = {}): Promise<JudgeResult> {
  const { problem, issues } = await readProblem(problemDir);
  assert.deepEqual(
    issues.filter((issue) => issue.severity === 'error'),
    [],
  );
  const prepared = await prepareProblem(sandbox, languages, problem);
  try {
    return await judgeSubmission({ sandbox, languages, prepared, files, ...options });
  } finally {
    await prepared.dispose();
  }
}

const SUM_DATA: Record<string, string> = {
  'problem.yaml': 'name: Sum\nlimits:\n  memory: 128\n  output: 1\n',
  '.timelimit': '1\n',
  'data/sample/1.in': '1 2\n',
  'data/sample/1.ans': '3\n',
};
for (let i = 1; i <= 4; i++) {
  SUM_DATA[`data/secret/${i}.in`] = `${i} ${i * 1000000000000}\n`;
  SUM_DATA[`data/secret/${i}.ans`] = `${i + i * 1000000000000}\n`;
}

describe('pass-fail with the default validator', () => {
  let sum: string;
  before(() => {
    sum = makePackage(SUM_DATA);
  });

  test('AC in C++ and Python, with per-test times and memory', async () => {
    const cpp = await judge(
      sum,
      source({
        'a.cpp': '#include <cstdio>\nint main(){long long a,b;scanf("%lld %lld",&a,&b);printf("%lld\\n",a+b);}\n',
      }),
    );
    assert.equal(cpp.verdict, 'AC');
    assert.equal(cpp.language, 'cpp20');
    assert.equal(cpp.tests.length, 5);
    assert.ok(cpp.tests.every((t) => t.verdict === 'AC' && t.memoryKb > 0));
    const py = await judge(sum, source({ 'a.py': 'a, b = map(int, input().split())\nprint(a + b)\n' }));
    assert.equal(py.verdict, 'AC');
  });

  test('WA stops at the first failing test, with a diff for a sample', async () => {
    const result = await judge(sum, source({ 'a.py': 'a, b = map(int, input().split())\nprint(a - b)\n' }));
    assert.equal(result.verdict, 'WA');
    assert.equal(result.tests.length, 1, 'stopped at the first failure');
    assert.equal(result.tests[0]?.name, 'sample/1');
    assert.equal(result.tests[0]?.diff?.line, 1);
    assert.deepEqual(result.tests[0]?.diff?.got, ['-1']);
  });

  test('--all runs every test', async () => {
    const result = await judge(
      sum,
      source({ 'a.py': 'a, b = map(int, input().split())\nprint(a + b if a > 2 else 0)\n' }),
      { runAll: true },
    );
    assert.equal(result.verdict, 'WA');
    assert.deepEqual(
      result.tests.map((t) => t.verdict),
      ['WA', 'WA', 'WA', 'AC', 'AC'],
    );
  });

  test('TLE, MLE, RE, OLE and CE', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ 'a.py': 'while True:\n    pass\n' }, 'TLE'],
      [{ 'a.py': 'import time\ntime.sleep(60)\n' }, 'TLE'],
      [
        {
          'a.c':
            '#include <stdlib.h>\n#include <string.h>\nint main(){for(;;){char*p=malloc(1<<20);if(p)memset(p,7,1<<20);}}\n',
        },
        'MLE',
      ],
      [{ 'a.py': 'x = [1] * (400 * 1024 * 1024)\n' }, 'MLE'],
      [{ 'a.py': 'raise ValueError("boom")\n' }, 'RE'],
      [{ 'a.c': 'int main(){int*p=0;return *p;}\n' }, 'RE'],
      [{ 'a.c': '#include <stdio.h>\nint main(){for(;;)puts("flood flood flood");}\n' }, 'OLE'],
      [{ 'a.cpp': 'int main( {\n' }, 'CE'],
    ];
    for (const [files, verdict] of cases) {
      const result = await judge(sum, source(files));
      assert.equal(result.verdict, verdict, `${Object.keys(files)[0]}: ${Object.values(files)[0]}`);
    }
  });

  test('a program reading the answers or the network finds nothing', async () => {
    const snoop = [
      'import glob, socket',
      'places = ["/data", "/problems", "/var", "/srv", "/work", "/root", "/home", "/opt", "/tmp", "/mnt"]',
      'found = [f for p in places for f in glob.glob(p + "/**/*.ans", recursive=True)] + glob.glob("/*.ans")',
      'try:',
      '    socket.create_connection(("127.0.0.1", 5432), timeout=1)',
      '    found.append("network")',
      'except OSError:',
      '    pass',
      'print(open(found[0]).read() if found else "nothing")',
    ].join('\n');
    const result = await judge(sum, source({ 'a.py': snoop }));
    assert.equal(result.verdict, 'WA');
    assert.match(result.tests[0]?.message ?? '', /got "nothing"/);
  });

  test('code over the size limit is refused before compiling', async () => {
    const dir = makePackage({ ...SUM_DATA, 'problem.yaml': 'name: Small\nlimits:\n  code: 1\n' });
    const result = await judge(dir, source({ 'a.py': `# ${'x'.repeat(2000)}\nprint(3)\n` }));
    assert.equal(result.verdict, 'CE');
    assert.match(result.message ?? '', /at most 1 KiB/);
  });
});

describe('validator flags', () => {
  test('float tolerance accepts other formats and rejects a value out of tolerance', async () => {
    const dir = makePackage({
      'problem.yaml': 'name: Divide\nvalidator_flags: float_tolerance 1e-6\n',
      '.timelimit': '1\n',
      'data/secret/1.in': '1 3\n',
      'data/secret/1.ans': '0.333333333333\n',
    });
    assert.equal((await judge(dir, source({ 'a.py': 'print("%.9f" % (1/3))\n' }))).verdict, 'AC');
    assert.equal((await judge(dir, source({ 'a.py': 'print("3.3333333e-1")\n' }))).verdict, 'AC');
    assert.equal((await judge(dir, source({ 'a.py': 'print("%.2f" % (1/3))\n' }))).verdict, 'WA');
  });

  test('case_sensitive and space_change_sensitive', async () => {
    const dir = makePackage({
      'problem.yaml': 'name: Words\nvalidator_flags: case_sensitive space_change_sensitive\n',
      '.timelimit': '1\n',
      'data/secret/1.in': '\n',
      'data/secret/1.ans': 'Hello World\n',
    });
    assert.equal((await judge(dir, source({ 'a.py': 'print("Hello World")\n' }))).verdict, 'AC');
    assert.equal((await judge(dir, source({ 'a.py': 'print("hello world")\n' }))).verdict, 'WA');
    assert.equal((await judge(dir, source({ 'a.py': 'print("Hello  World")\n' }))).verdict, 'WA');
  });
});

const PAIR_CHECKER_CPP = `#include <fstream>
#include <iostream>
#include <string>
int main(int argc, char** argv) {
  std::ifstream in(argv[1]);
  long long a, b; in >> a >> b;
  std::ofstream msg(std::string(argv[3]) + "judgemessage.txt");
  long long x, y;
  if (!(std::cin >> x >> y)) { msg << "no pair printed"; return 43; }
  if (x + y != a + b) { msg << "pair " << x << " " << y << " does not sum to " << a + b; return 43; }
  return 42;
}
`;

describe('custom output validators', () => {
  test('a C++ validator accepts any right answer and explains a wrong one', async () => {
    const dir = makePackage({
      'problem.yaml': 'name: Any pair\nvalidation: custom\n',
      '.timelimit': '1\n',
      'data/secret/1.in': '3 4\n',
      'data/secret/1.ans': '3 4\n',
      'output_validators/pair/pair.cpp': PAIR_CHECKER_CPP,
    });
    assert.equal((await judge(dir, source({ 'a.py': 'print(7, 0)\n' }))).verdict, 'AC');
    assert.equal((await judge(dir, source({ 'a.py': 'print(1, 6)\n' }))).verdict, 'AC');
    const wrong = await judge(dir, source({ 'a.py': 'print(1, 1)\n' }));
    assert.equal(wrong.verdict, 'WA');
    assert.equal(wrong.tests[0]?.message, 'pair 1 1 does not sum to 7');
  });

  test("a Python validator gets the flags; its own crash is IE, never the submission's fault", async () => {
    const dir = makePackage({
      'problem.yaml': 'name: Flags\nvalidation: custom\nvalidator_flags: expect 5\n',
      '.timelimit': '1\n',
      'data/secret/1.in': '\n',
      'data/secret/1.ans': '\n',
      'output_validators/check.py': [
        'import sys',
        'want = sys.argv[sys.argv.index("expect") + 1]',
        'got = sys.stdin.read().strip()',
        'if got == "crash": raise RuntimeError("validator bug")',
        'open(sys.argv[3] + "judgemessage.txt", "w").write("wanted " + want)',
        'sys.exit(42 if got == want else 43)',
      ].join('\n'),
    });
    assert.equal((await judge(dir, source({ 'a.py': 'print(5)\n' }))).verdict, 'AC');
    const wrong = await judge(dir, source({ 'a.py': 'print(6)\n' }));
    assert.equal(wrong.verdict, 'WA');
    assert.equal(wrong.tests[0]?.message, 'wanted 5');
    const broken = await judge(dir, source({ 'a.py': 'print("crash")\n' }));
    assert.equal(broken.verdict, 'IE');
    assert.match(broken.message ?? '', /output validator failed.*validator bug/s);
  });
});

const GUESS_INTERACTOR = `import sys
n, secret = map(int, open(sys.argv[1]).read().split())
print(n, flush=True)
limit = n.bit_length() + 1
for guess_number in range(limit):
    line = sys.stdin.readline()
    if not line:
        open(sys.argv[3] + "judgemessage.txt", "w").write("no guess")
        sys.exit(43)
    guess = int(line)
    if guess == secret:
        print("=", flush=True)
        sys.exit(42)
    print("<" if secret < guess else ">", flush=True)
open(sys.argv[3] + "judgemessage.txt", "w").write("too many guesses")
sys.exit(43)
`;

const BINARY_SEARCH = `import sys
n = int(input())
lo, hi = 1, n
while True:
    mid = (lo + hi) // 2
    print(mid, flush=True)
    reply = input().strip()
    if reply == "=":
        break
    if reply == "<":
        hi = mid - 1
    else:
        lo = mid + 1
`;

describe('interactive problems', () => {
  let dir: string;
  before(() => {
    dir = makePackage({
      'problem.yaml': 'name: Guess\nvalidation: custom interactive\nlimits:\n  memory: 256\n',
      '.timelimit': '1\n',
      'data/secret/1.in': '100 37\n',
      'data/secret/1.ans': '',
      'data/secret/2.in': '1000000 999999\n',
      'data/secret/2.ans': '',
      'output_validators/interactor/interactor.py': GUESS_INTERACTOR,
    });
  });

  test('a binary search is accepted in Python and C++', async () => {
    assert.equal((await judge(dir, source({ 'a.py': BINARY_SEARCH }))).verdict, 'AC');
    const cpp = `#include <iostream>
#include <string>
int main(){long long n;std::cin>>n;long long lo=1,hi=n;for(;;){long long m=(lo+hi)/2;std::cout<<m<<std::endl;std::string r;std::cin>>r;if(r=="=")break;if(r=="<")hi=m-1;else lo=m+1;}}
`;
    assert.equal((await judge(dir, source({ 'a.cpp': cpp }))).verdict, 'AC');
  });

  test("a linear search runs out of guesses: WA with the validator's message", async () => {
    const linear =
      'n = int(input())\nfor g in range(1, n + 1):\n    print(g, flush=True)\n    if input().strip() == "=":\n        break\n';
    const result = await judge(dir, source({ 'a.py': linear }));
    assert.equal(result.verdict, 'WA');
    assert.equal(result.tests[0]?.message, 'too many guesses');
  });

  test("a submission that never flushes deadlocks: TLE wins over the validator's WA", async () => {
    // input() would flush stdout first; readline() does not, so both sides wait for ever
    const stuck = 'import sys\nn = int(sys.stdin.readline())\nsys.stdout.write("1\\n")\nsys.stdin.readline()\n';
    const result = await judge(dir, source({ 'a.py': stuck }));
    assert.equal(result.verdict, 'TLE');
  });

  test('a crash after the first reply is RE', async () => {
    const crash = 'n = int(input())\nprint(1, flush=True)\ninput()\nraise SystemExit(3)\n';
    assert.equal((await judge(dir, source({ 'a.py': crash }))).verdict, 'RE');
  });
});

/** Speaks second: waits for the submission's "hello", answers "ok", wants "bye". */
const HELLO_INTERACTOR = `import sys
first = sys.stdin.readline().strip()
if first != "hello":
    open(sys.argv[3] + "judgemessage.txt", "w").write("could not parse the first query: %r" % first)
    sys.exit(43)
print("ok", flush=True)
sys.exit(42 if sys.stdin.readline().strip() == "bye" else 43)
`;

describe('interactive problems: what one side writes before the other has started is delivered', () => {
  // The validator's test input is large, so its sandbox starts well after the submission's:
  // a submission that writes at once used to lose its first line (TLE after 16 s, issue 13).
  let lateValidator: string;
  // The submission's program is large, so its sandbox starts after the validator's: the
  // validator's first line used to be lost.
  let lateSubmission: string;
  before(() => {
    const padding = ' '.repeat(48 * 1024 * 1024);
    lateValidator = makePackage({
      'problem.yaml': 'name: Hello\nvalidation: custom interactive\nlimits:\n  memory: 256\n',
      '.timelimit': '1\n',
      'data/secret/1.in': `1${padding}\n`,
      'data/secret/1.ans': '',
      'output_validators/interactor/interactor.py': HELLO_INTERACTOR,
    });
    lateSubmission = makePackage({
      'problem.yaml': 'name: Guess\nvalidation: custom interactive\nlimits:\n  memory: 256\n',
      '.timelimit': '1\n',
      'data/secret/1.in': '100 37\n',
      'data/secret/1.ans': '',
      'output_validators/interactor/interactor.py': GUESS_INTERACTOR,
    });
  });

  test('a C submission that writes at once', async () => {
    const c = `#include <stdio.h>
#include <string.h>
int main(void){char line[64];printf("hello\\n");fflush(stdout);if(!fgets(line,sizeof line,stdin))return 1;if(strcmp(line,"ok\\n")!=0)return 2;printf("bye\\n");return 0;}
`;
    const result = await judge(lateValidator, source({ 'a.c': c }));
    assert.equal(result.verdict, 'AC', result.tests[0]?.message ?? undefined);
  });

  test('a Rust submission that writes at once (read_line, println!, explicit flush)', async () => {
    const rust = `use std::io::{self, BufRead, Write};
fn main() {
    let stdin = io::stdin();
    let mut out = io::stdout();
    println!("hello");
    out.flush().unwrap();
    let mut line = String::new();
    stdin.lock().read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "ok");
    println!("bye");
    out.flush().unwrap();
}
`;
    const result = await judge(lateValidator, source({ 'a.rs': rust }));
    assert.equal(result.verdict, 'AC', result.tests[0]?.message ?? undefined);
  });

  test('a validator that writes at once to a submission that starts late', async () => {
    // 48 MiB of initialised data makes the program slow to copy into its sandbox
    const c = `#include <stdio.h>
static volatile char padding[48 << 20] = {1};
int main(void){long long n,lo=1,hi,m;char r[8];if(scanf("%lld",&n)!=1)return 1;hi=n;for(;;){m=(lo+hi)/2;printf("%lld\\n",m);fflush(stdout);if(scanf("%7s",r)!=1)return 1;if(r[0]=='=')return padding[0]-1;if(r[0]=='<')hi=m-1;else lo=m+1;}}
`;
    const result = await judge(lateSubmission, source({ 'a.c': c }));
    assert.equal(result.verdict, 'AC', result.tests[0]?.message ?? undefined);
  });
});

describe('scoring problems', () => {
  let dir: string;
  before(() => {
    dir = makePackage({
      'problem.yaml': 'name: Scored\ntype: scoring\n',
      '.timelimit': '1\n',
      'data/sample/1.in': '1\n',
      'data/sample/1.ans': '1\n',
      'data/secret/testdata.yaml': 'on_reject: continue\n',
      'data/secret/small/testdata.yaml': 'accept_score: 10\non_reject: continue\n',
      'data/secret/small/1.in': '2\n',
      'data/secret/small/1.ans': '2\n',
      'data/secret/small/2.in': '3\n',
      'data/secret/small/2.ans': '3\n',
      'data/secret/small/3.in': '4\n',
      'data/secret/small/3.ans': '4\n',
      'data/secret/large/testdata.yaml': 'accept_score: 35\non_reject: break\n',
      'data/secret/large/1.in': '1000\n',
      'data/secret/large/1.ans': '1000\n',
      'data/secret/large/2.in': '2000\n',
      'data/secret/large/2.ans': '2000\n',
      'data/secret/all-or-nothing/testdata.yaml': 'accept_score: 50\ngrader_flags: min\n',
      'data/secret/all-or-nothing/1.in': '5\n',
      'data/secret/all-or-nothing/1.ans': '5\n',
      'data/secret/all-or-nothing/2.in': '6\n',
      'data/secret/all-or-nothing/2.ans': '6\n',
    });
  });

  test('full marks with a per-group breakdown', async () => {
    const result = await judge(dir, source({ 'a.py': 'print(input())\n' }));
    assert.equal(result.verdict, 'AC');
    assert.equal(result.maxScore, 30 + 70 + 50);
    assert.equal(result.score, 150);
    const secret = result.groups?.find((group) => group.name === 'secret');
    assert.deepEqual(
      secret?.groups.map((group) => [group.name, group.score]),
      [
        ['secret/all-or-nothing', 50],
        ['secret/large', 70],
        ['secret/small', 30],
      ],
    );
  });

  test('sum, min, on_reject continue and break give a partial score', async () => {
    // right for n < 5 and n == 2000 only: small scores 30; large breaks at its first case (0);
    // all-or-nothing takes the min of 0 and 0
    const result = await judge(dir, source({ 'a.py': 'n = int(input())\nprint(n if n < 5 or n == 2000 else -1)\n' }));
    assert.equal(result.verdict, 'WA');
    assert.equal(result.score, 30);
    const judged = result.tests.map((test) => test.name);
    assert.ok(!judged.includes('secret/large/2'), 'on_reject: break stopped the large group');
    assert.ok(judged.includes('secret/small/3'));
  });

  test('a failed sample does not stop the scoring of the secret groups', async () => {
    const result = await judge(dir, source({ 'a.py': 'n = int(input())\nprint(n if n > 1 else 0)\n' }));
    assert.equal(result.score, 150);
    assert.equal(result.verdict, 'WA');
  });
});

describe('include/ and multi-file programs', () => {
  let dir: string;
  before(() => {
    dir = makePackage({
      ...SUM_DATA,
      'include/cpp/sum_helper.h': 'inline long long add(long long a, long long b) { return a + b; }\n',
      'include/python3/helper.py': 'def add(a, b):\n    return a + b\n',
    });
  });

  test('files from include/<language> are added to the submission', async () => {
    const cpp =
      '#include <cstdio>\n#include "sum_helper.h"\nint main(){long long a,b;scanf("%lld %lld",&a,&b);printf("%lld\\n",add(a,b));}\n';
    assert.equal((await judge(dir, source({ 'a.cpp': cpp }))).verdict, 'AC');
    assert.equal(
      (await judge(dir, source({ 'a.py': 'from helper import add\nprint(add(*map(int, input().split())))\n' })))
        .verdict,
      'AC',
    );
  });

  test('several source files compile together', async () => {
    const cpp = source({
      'main.cpp':
        '#include <cstdio>\n#include "calc.h"\nint main(){long long a,b;scanf("%lld %lld",&a,&b);printf("%lld\\n",plus(a,b));}\n',
      'calc.cpp': '#include "calc.h"\nlong long plus(long long a, long long b) { return a + b; }\n',
      'calc.h': 'long long plus(long long a, long long b);\n',
    });
    assert.equal((await judge(dir, cpp)).verdict, 'AC');
    const java = source({
      'Main.java':
        'public class Main { public static void main(String[] a) { java.util.Scanner s = new java.util.Scanner(System.in); System.out.println(Adder.add(s.nextLong(), s.nextLong())); } }\n',
      'Adder.java': 'public class Adder { static long add(long a, long b) { return a + b; } }\n',
    });
    assert.equal((await judge(dir, java)).verdict, 'AC');
    const go = source({
      'main.go':
        'package main\nimport "fmt"\nfunc main() { var a, b int64; fmt.Scan(&a, &b); fmt.Println(add(a, b)) }\n',
      'add.go': 'package main\nfunc add(a, b int64) int64 { return a + b }\n',
    });
    assert.equal((await judge(dir, go)).verdict, 'AC');
  });
});

describe('verify', () => {
  test('derives a missing time limit from the accepted submissions and keeps it', async () => {
    const { '.timelimit': _, ...data } = SUM_DATA;
    const dir = makePackage({
      ...data,
      'submissions/accepted/a.py': 'a, b = map(int, input().split())\nprint(a + b)\n',
      'submissions/wrong_answer/w.py': 'print(0)\n',
      'submissions/time_limit_exceeded/t.py': 'while True:\n    pass\n',
      'submissions/accepted/x.zig': 'pub fn main() void {}\n',
    });
    const available = new Set(languages.map((language) => language.id));
    const report = await verifyProblem({ sandbox, languages, available, problemDir: dir });
    assert.equal(report.timeLimitDerived, true);
    assert.equal(report.timeLimitMs, 1000);
    assert.equal(readFileSync(join(dir, '.timelimit'), 'utf8'), '1\n');
    const byPath = new Map(report.results.map((result) => [result.path, result]));
    assert.equal(byPath.get('submissions/accepted/a.py')?.got, 'accepted');
    assert.equal(byPath.get('submissions/wrong_answer/w.py')?.got, 'wrong_answer');
    assert.equal(byPath.get('submissions/time_limit_exceeded/t.py')?.got, 'time_limit_exceeded');
    assert.equal(byPath.get('submissions/accepted/x.zig')?.got, 'unsupported');
    assert.deepEqual(report.unsupported, ['submissions/accepted/x.zig']);
    assert.equal(report.ok, true);
    assert.ok(existsSync(join(dir, '.timelimit')));
  });

  test('a mismatch and a rejected input fail the verification', async () => {
    const dir = makePackage({
      ...SUM_DATA,
      'input_validators/ok.py': 'import sys\nsys.exit(42 if len(sys.stdin.read().split()) == 2 else 43)\n',
      'data/secret/9.in': '1 2 3\n',
      'data/secret/9.ans': '3\n',
      'submissions/accepted/wrong.py': 'print(0)\n',
    });
    const available = new Set(languages.map((language) => language.id));
    const report = await verifyProblem({ sandbox, languages, available, problemDir: dir });
    assert.equal(report.ok, false);
    assert.deepEqual(
      report.inputValidation.filter((entry) => !entry.ok).map((entry) => entry.testCase),
      ['secret/9'],
    );
    assert.equal(report.results[0]?.got, 'wrong_answer');
    assert.equal(report.results[0]?.ok, false);
  });
});
