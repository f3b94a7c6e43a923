import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestCase } from '@verdict/problems';
import type { Verdict } from './verdict.ts';

/**
 * Multi-pass problems (ICPC problem package format 2023-07 and later, `type: multi-pass`;
 * DOMjudge's legacy `validation: custom multi-pass`). The submission runs, the output validator
 * judges the pass; when it accepts and has written `nextpass.in` in its feedback directory, the
 * submission runs again with that file as its input, up to `limits.validation_passes` runs.
 * Writing nextpass.in and rejecting, or asking for more passes than allowed, is the
 * validator's fault (IE). The validator always gets the test case's own .in and .ans.
 */

/** What one pass reports: the submission's run and the validator's judgement of it. */
export interface PassResult {
  run: { cpuMs: number; wallMs: number; memoryKb: number; stdout: string };
  outcome: { verdict: Verdict; message: string | null };
  /** The validator's nextpass.in, null when it wrote none (or the pass never reached the validator). */
  nextPass: string | null;
}

export interface MultiPassResult {
  /** CPU and memory are the largest of one pass (the limits apply per pass); wall time adds up. */
  run: PassResult['run'];
  outcome: { verdict: Verdict; message: string | null };
  passes: number;
}

/**
 * Runs the passes of one test case. `runPass` gets the input file of its pass (the test's .in
 * first, then each nextpass.in written to `scratchDir`).
 */
export async function runPasses(options: {
  testCase: TestCase;
  maxPasses: number;
  scratchDir: string;
  runPass: (inputFile: string, pass: number) => Promise<PassResult>;
}): Promise<MultiPassResult> {
  const dir = await mkdtemp(join(options.scratchDir, 'passes-'));
  const messages: string[] = [];
  const total = { cpuMs: 0, wallMs: 0, memoryKb: 0, stdout: '' };
  let inputFile = options.testCase.inputFile;
  for (let pass = 1; ; pass++) {
    const { run, outcome, nextPass } = await options.runPass(inputFile, pass);
    total.cpuMs = Math.max(total.cpuMs, run.cpuMs);
    total.memoryKb = Math.max(total.memoryKb, run.memoryKb);
    total.wallMs += run.wallMs;
    total.stdout = run.stdout;
    if (outcome.message) messages.push(outcome.message);
    const message = () => (messages.length > 0 ? messages.join('\n') : null);
    const end = (verdict: Verdict, extra?: string) => ({
      run: total,
      outcome: { verdict, message: extra ?? message() },
      passes: pass,
    });
    if (outcome.verdict !== 'AC') {
      if (nextPass !== null && outcome.verdict === 'WA') {
        return end(
          'IE',
          `output validator wrote nextpass.in but rejected pass ${pass} (it must accept to ask for another)`,
        );
      }
      return end(outcome.verdict);
    }
    if (nextPass === null) return end('AC');
    if (pass >= options.maxPasses) {
      return end(
        'IE',
        `output validator asked for pass ${pass + 1}, but limits.validation_passes allows ${options.maxPasses}`,
      );
    }
    inputFile = join(dir, `pass-${pass + 1}.in`);
    await writeFile(inputFile, nextPass);
  }
}
