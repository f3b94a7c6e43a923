/**
 * The verdict command as a user runs it: a real process, the real sandbox and toolchains.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/verdict.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'verdict-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function verdict(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('verdict languages', () => {
  test('--json prints {id, name, version, available} for every language, the required ones available', () => {
    const run = verdict('languages', '--json');
    assert.equal(run.status, 0, run.stderr);
    const list = JSON.parse(run.stdout) as { id: string; name: string; version: string | null; available: boolean }[];
    for (const id of ['c', 'cpp17', 'cpp20', 'python3', 'java', 'javascript', 'typescript', 'go', 'rust', 'ruby']) {
      const entry = list.find((language) => language.id === id);
      assert.ok(entry?.available, `${id} available`);
      assert.equal(typeof entry.name, 'string');
      assert.equal(typeof entry.version, 'string');
    }
  });
});

describe('verdict exec', () => {
  const sum = file('sum.py', 'a, b = map(int, input().split())\nprint(a + b)\n');
  const input = file('in.txt', '2 40\n');

  test('--json reports the run of a Python program with its compile step', () => {
    const run = verdict('exec', '--file', sum, '--stdin', input, '--json');
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.status, 'ok');
    assert.equal(report.stdout, '42\n');
    assert.equal(report.exitCode, 0);
    assert.equal(report.signal, null);
    assert.equal(report.compile.status, 'ok');
    for (const key of ['cpuMs', 'wallMs', 'memoryKb']) assert.equal(typeof report[key], 'number');
  });

  test('the readable summary names the status and the output', () => {
    const run = verdict('exec', '--lang', 'python3', '--file', sum, '--stdin', input);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /status: +ok/);
    assert.match(run.stdout, /--- stdout ---\n42\n/);
  });

  test('a compile error is reported with the compiler output and exit code 1', () => {
    const broken = file('broken.c', 'int main( {\n');
    const run = verdict('exec', '--lang', 'c', '--file', broken, '--json');
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout);
    assert.equal(report.status, 'compile-error');
    assert.match(report.compile.stderr, /error/);
  });

  test('a time limit is reported as such', () => {
    const loop = file('loop.c', 'int main(void){volatile unsigned long x=0;for(;;)x++;}\n');
    const run = verdict('exec', '--file', loop, '--time-ms', '300', '--json');
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout);
    assert.equal(report.status, 'time-limit');
    assert.ok(report.cpuMs >= 300);
  });

  test('a memory limit is reported as such', () => {
    const hog = file('hog.py', 'x = bytearray(200 * 1024 * 1024)\nprint(len(x))\n');
    const report = JSON.parse(verdict('exec', '--file', hog, '--memory-mb', '64', '--json').stdout);
    assert.equal(report.status, 'memory-limit');
  });

  test('bad arguments get a clear message and exit code 2', () => {
    const cases: [string[], RegExp][] = [
      [['exec'], /--file PATH is required/],
      [['exec', '--file', join(scratch, 'missing.c')], /does not exist/],
      [['exec', '--file', sum, '--lang', 'pyhton'], /unknown language "pyhton"/],
      [['exec', '--file', sum, '--time-ms', 'fast'], /--time-ms must be a positive whole number/],
      [['exec', '--file', sum, '--bogus'], /Unknown option '--bogus'/],
      [['exec', '--file', file('notes.txt', 'hi')], /cannot tell the language/],
      [['frobnicate'], /unknown command "frobnicate"/],
    ];
    for (const [args, message] of cases) {
      const run = verdict(...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, message);
    }
  });
});
