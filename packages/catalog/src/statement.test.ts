import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { findStatementPdf } from './statement.ts';

const scratch = await mkdtemp(join(tmpdir(), 'verdict-statement-'));
after(() => rm(scratch, { recursive: true, force: true }));
let counter = 0;

async function packageWith(files: string[]): Promise<string> {
  const dir = join(scratch, `pkg-${counter++}`);
  for (const file of files) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), '%PDF-1.4\n');
  }
  return dir;
}

describe('findStatementPdf', () => {
  test('English first, in statement/ before problem_statement/, then DOMjudge’s problem.pdf at the top', async () => {
    assert.equal(
      await findStatementPdf(await packageWith(['statement/problem.de.pdf', 'statement/problem.en.pdf'])),
      'problem.en.pdf',
    );
    assert.equal(await findStatementPdf(await packageWith(['problem_statement/problem.pdf'])), 'problem.pdf');
    assert.equal(await findStatementPdf(await packageWith(['problem_statement/problem.sv.pdf'])), 'problem.sv.pdf');
    assert.equal(
      await findStatementPdf(await packageWith(['problem.pdf', 'problem_statement/problem.en.tex'])),
      'problem.pdf',
    );
  });

  test('no PDF, or only PDFs that are not the statement, is null', async () => {
    assert.equal(
      await findStatementPdf(await packageWith(['problem_statement/figure.pdf', 'problem.en.pdf', 'other.pdf'])),
      null,
    );
    assert.equal(await findStatementPdf(await packageWith([])), null);
  });
});
