// The periodic check of unfinished submissions against the queue: a job the queue lost is put
// back by the next pass (in every mode, not only at start-up), and passes never add a job twice.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createMemoryQueue, type Delivery } from '@verdict/queue';
import { createPgliteStore, type Store } from '@verdict/store';
import { pino } from 'pino';
import { requeueUnfinished, startReconciler } from './reconcile.ts';

let store: Store;
const logger = pino({ level: 'silent' });

before(async () => {
  store = await createPgliteStore();
  await store.migrate();
  await store.upsertProblem({
    id: 'lost',
    title: 'Lost',
    difficulty: 'easy',
    topics: [],
    statementMd: 'Print 3.',
    published: true,
    timeLimitMs: 1000,
    memoryMb: 256,
    kind: 'stdio',
    packageHash: 'a'.repeat(64),
    meta: { samples: [] },
    authorId: null,
  });
});
after(() => store.close());

async function submit(username: string): Promise<string> {
  const user = await store.createUser({ username, email: `${username}@example.com`, passwordHash: 'x' });
  const { submission } = await store.createSubmission({
    userId: user.id,
    problemId: 'lost',
    language: 'python3',
    code: 'print(3)',
  });
  return submission.id;
}

test('a submission whose job the queue lost is queued again by the next periodic pass', async () => {
  const queue = createMemoryQueue();
  const reconciler = startReconciler({ store, queue, logger, intervalMs: 50 });
  try {
    // stored, but its job never reached the queue (the queue was down, or lost it)
    const id = await submit('forgotten');
    const delivered = new Promise<Delivery>((resolve) => {
      queue.consume({ concurrency: 1, handler: async (delivery) => resolve(delivery) });
    });
    const delivery = await delivered;
    assert.equal(delivery.job.id, id);
    assert.deepEqual(delivery.job.payload, {
      kind: 'submit',
      id,
      problemId: 'lost',
      packageHash: 'a'.repeat(64),
      language: 'python3',
      code: 'print(3)',
    });
    await store.finishSubmission(id, {
      verdict: 'AC',
      score: null,
      maxScore: null,
      cpuMs: 1,
      memoryKb: 1,
      results: [],
      compileOutput: null,
      message: null,
    });
    await delivery.ack();
  } finally {
    await reconciler.stop();
    await queue.close();
  }
});

test('passes are idempotent: a job queued or in flight is not added again', async () => {
  const queue = createMemoryQueue();
  try {
    await submit('twice');
    const unfinished = (await store.listUnfinishedSubmissions()).length;
    assert.equal(await requeueUnfinished(store, queue, logger), unfinished);
    assert.equal(await requeueUnfinished(store, queue, logger), unfinished);
    assert.deepEqual(await queue.depth(), { high: 0, normal: unfinished, inFlight: 0 });
  } finally {
    await queue.close();
  }
});
