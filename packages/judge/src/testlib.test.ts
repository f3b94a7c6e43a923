/** testlib's checker convention (exit 0 ok, 1 wrong answer, 2 presentation error, 3 fail) and its detection. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { testlibOutcome, validatorProtocol } from './testlib.ts';

const scratch = mkdtempSync(join(tmpdir(), 'verdict-testlib-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function program(files: Record<string, string>) {
  return {
    path: 'output_validators/checker',
    files: Object.entries(files).map(([name, text]) => {
      writeFileSync(join(scratch, name), text);
      return { path: join(scratch, name), name };
    }),
  };
}

describe('testlib', () => {
  test('exit codes map to verdicts, stderr is the message', () => {
    const run = (exitCode: number, stderr = '') => testlibOutcome({ status: 'ok', exitCode, stderr });
    assert.deepEqual(run(0, 'ok 3 numbers\n'), { verdict: 'AC', message: 'ok 3 numbers' });
    assert.equal(run(1, 'wrong answer 1st differs').verdict, 'WA');
    assert.equal(run(2).verdict, 'WA');
    assert.equal(run(2).message, 'presentation error');
    assert.equal(run(3, 'FAIL cannot read answer').verdict, 'IE');
    assert.match(run(3, 'FAIL x').message ?? '', /reported FAIL/);
    assert.equal(run(42).verdict, 'IE');
  });

  test('a program is testlib when it includes testlib.h and registers; shipping the header alone is not enough', async () => {
    const header = '// testlib\n';
    assert.equal(
      await validatorProtocol(
        program({
          'a.cpp': '#include "testlib.h"\nint main(int c, char** v) { registerTestlibCmd(c, v); }\n',
          'testlib.h': header,
        }),
      ),
      'testlib',
    );
    assert.equal(
      await validatorProtocol(
        program({ 'b.cpp': '#include "testlib.h"\nint main() { return 42; }\n', 'testlib.h': header }),
      ),
      'kattis',
    );
    assert.equal(await validatorProtocol(program({ 'c.py': 'registerTestlibCmd()\n' })), 'kattis');
  });
});
