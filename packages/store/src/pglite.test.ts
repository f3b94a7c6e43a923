import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createPgliteStore } from './pglite.ts';
import { storeContract } from './store-contract.ts';

storeContract('pglite', ({ now }) => createPgliteStore({ now }));

describe('pglite with a dataDir', () => {
  const folders: string[] = [];
  after(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  test('the data survives closing and reopening the folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'verdict-store-'));
    folders.push(folder);
    const dataDir = join(folder, 'nested', 'db');

    const first = await createPgliteStore({ dataDir });
    await first.migrate();
    const user = await first.createUser({ username: 'ada', email: 'ada@example.com', passwordHash: 'h' });
    await first.upsertProblem({
      id: 'p',
      title: 'P',
      difficulty: 'easy',
      topics: ['math'],
      statementMd: '',
      published: true,
      timeLimitMs: 1000,
      memoryMb: 64,
      kind: 'stdio',
      packageHash: 'h',
      meta: { starter: 'x' },
      authorId: null,
    });
    const { submission } = await first.createSubmission({ userId: user.id, problemId: 'p', language: 'c', code: 'x' });
    const packageBytes = new Uint8Array([0x50, 0x4b, 0, 255]);
    const packageHash = createHash('sha256').update(packageBytes).digest('hex');
    await first.putPackage(packageHash, packageBytes);
    await first.close();

    const second = await createPgliteStore({ dataDir });
    try {
      await second.migrate();
      assert.deepEqual(await second.getUserByLogin('ADA'), user);
      assert.deepEqual(await second.getSubmission(submission.id), submission);
      assert.deepEqual((await second.getProblem('p'))?.meta, { starter: 'x' });
      assert.deepEqual(await second.getPackage(packageHash), packageBytes);
      assert.deepEqual(
        (await second.listUnfinishedSubmissions()).map((entry) => entry.id),
        [submission.id],
      );
    } finally {
      await second.close();
    }
  });
});
