/** The pass loop of multi-pass problems (ICPC problem package format, "Multi-pass validation"). */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { type PassResult, runPasses } from './multi-pass.ts';

const scratch = mkdtempSync(join(tmpdir(), 'verdict-multi-pass-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const testCase = { name: 'secret/1', inputFile: '/dev/null', answerFile: '/dev/null', sample: false };

function pass(verdict: PassResult['outcome']['verdict'], nextPass: string | null, cpuMs = 10): PassResult {
  return {
    run: { cpuMs, wallMs: 20, memoryKb: 100, stdout: '' },
    outcome: { verdict, message: `said ${verdict}` },
    nextPass,
  };
}

describe('runPasses', () => {
  test('each nextpass.in is the next input, until the validator writes none', async () => {
    const inputs: string[] = [];
    const result = await runPasses({
      testCase,
      maxPasses: 3,
      scratchDir: scratch,
      runPass: async (inputFile, n) => {
        inputs.push(n === 1 ? inputFile : readFileSync(inputFile, 'utf8'));
        return pass('AC', n < 3 ? `pass ${n + 1}\n` : null, n * 10);
      },
    });
    assert.deepEqual(inputs, ['/dev/null', 'pass 2\n', 'pass 3\n']);
    assert.equal(result.outcome.verdict, 'AC');
    assert.equal(result.passes, 3);
    assert.equal(result.run.cpuMs, 30);
    assert.equal(result.run.wallMs, 60);
  });

  test('a failed pass ends judging with its verdict', async () => {
    const result = await runPasses({
      testCase,
      maxPasses: 3,
      scratchDir: scratch,
      runPass: async (_, n) => (n === 1 ? pass('AC', 'next') : pass('TLE', null)),
    });
    assert.equal(result.outcome.verdict, 'TLE');
    assert.equal(result.passes, 2);
  });

  test('more passes than validation_passes, or nextpass.in with a rejection, is the validator fault', async () => {
    const tooMany = await runPasses({
      testCase,
      maxPasses: 2,
      scratchDir: scratch,
      runPass: async () => pass('AC', 'x'),
    });
    assert.equal(tooMany.outcome.verdict, 'IE');
    assert.match(tooMany.outcome.message ?? '', /validation_passes allows 2/);
    const rejected = await runPasses({
      testCase,
      maxPasses: 2,
      scratchDir: scratch,
      runPass: async () => pass('WA', 'x'),
    });
    assert.equal(rejected.outcome.verdict, 'IE');
    assert.match(rejected.outcome.message ?? '', /wrote nextpass.in but rejected/);
  });
});
