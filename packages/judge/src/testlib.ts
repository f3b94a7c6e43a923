import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Program } from '@verdict/languages';
import type { PackageProgram, ProblemLimits } from '@verdict/problems';
import {
  type CheckOutcome,
  type OutputChecker,
  VALIDATOR_ANSWER,
  VALIDATOR_INPUT,
  validatorLimits,
} from './checker.ts';

/**
 * testlib (the Codeforces/Polygon library) programs follow their own convention instead of
 * the problem package format's: a checker is run as `checker input output answer` and exits
 * 0 (ok), 1 (wrong answer), 2 (presentation error), 3 (fail: the checker's own error),
 * 4 (dirt), 7 (points); an input validator reads stdin and exits 0 when the input is valid.
 */
export type ValidatorProtocol = 'kattis' | 'testlib';

export const TESTLIB_OK = 0;
const TESTLIB_WRONG = new Map([
  [1, 'wrong answer'],
  [2, 'presentation error'],
  [4, 'unexpected output'],
  [7, 'partial points'],
]);
const TESTLIB_FAIL = 3;
const TEAM_OUTPUT = 'team.out';
/** Where a testlib interactor writes its own output file (for a checker Verdict does not run). */
export const TESTLIB_OUTPUT = 'interactor.out';
/** Calls that only testlib programs make; a package that merely ships testlib.h is not enough. */
const TESTLIB_REGISTER = /\bregister(?:TestlibCmd|Interaction|Validation|Gen)\s*\(/;

/** Whether a package program uses testlib's convention (it includes testlib.h and registers as a testlib program). */
export async function validatorProtocol(program: PackageProgram): Promise<ValidatorProtocol> {
  for (const file of program.files) {
    if (!/\.(c|cc|cpp|cxx|c\+\+)$/i.test(file.name)) continue;
    const text = await readFile(file.path, 'utf8');
    if (/#\s*include\s*["<]testlib\.h[">]/.test(text) && TESTLIB_REGISTER.test(text)) return 'testlib';
  }
  return 'kattis';
}

/** A testlib checker's exit as a verdict; its stderr (where testlib writes its verdict line) is the message. */
export function testlibOutcome(result: { status: string; exitCode: number | null; stderr: string }): CheckOutcome {
  const said = result.stderr.trim().split('\n').slice(0, 5).join('\n') || null;
  if (result.exitCode === TESTLIB_OK) return { verdict: 'AC', message: said };
  const wrong = result.exitCode === null ? undefined : TESTLIB_WRONG.get(result.exitCode);
  if (wrong) return { verdict: 'WA', message: said ?? wrong };
  const how = result.exitCode === TESTLIB_FAIL ? 'reported FAIL' : `${result.status}, exit code ${result.exitCode}`;
  return { verdict: 'IE', message: `testlib checker ${how}${said ? `: ${said}` : ''}` };
}

/** Runs a testlib checker: `checker input output answer`, the output as a file. */
export function testlibChecker(checker: Program, limits: ProblemLimits): OutputChecker {
  return {
    async check(testCase, output, _flags, scratchDir) {
      const outputFile = join(scratchDir, TEAM_OUTPUT);
      await writeFile(outputFile, output);
      const result = await checker.run({
        args: [VALIDATOR_INPUT, TEAM_OUTPUT, VALIDATOR_ANSWER],
        files: [
          { name: VALIDATOR_INPUT, from: testCase.inputFile },
          { name: VALIDATOR_ANSWER, from: testCase.answerFile },
          { name: TEAM_OUTPUT, from: outputFile },
        ],
        limits: validatorLimits(limits),
      });
      return testlibOutcome(result);
    },
    dispose: () => checker.dispose(),
  };
}
