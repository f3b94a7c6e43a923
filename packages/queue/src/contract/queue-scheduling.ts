import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { job, type MakeQueue, withQueue } from './queue-harness.ts';
import { deferred, within } from './waiting.ts';

const TEST_TIMEOUT_MS = 30_000;

/** Which job goes first, to whom, and how many at once. */
export function schedulingContract(makeQueue: MakeQueue, ackWaitMs: number): void {
  describe('scheduling', () => {
    it(
      'delivers jobs enqueued before any consumer existed once one starts, high first, in order',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        for (const id of ['n1', 'n2', 'n3']) await queue.enqueue(job(id, 'normal'));
        for (const id of ['h1', 'h2']) await queue.enqueue(job(id, 'high'));
        queue.consume({ concurrency: 1, handler: recorder.handler('w', (d) => recorder.ack(d)) });
        await recorder.allAcked(['n1', 'n2', 'n3', 'h1', 'h2']);
        assert.deepEqual(recorder.order(), ['h1', 'h2', 'n1', 'n2', 'n3']);
      }),
    );

    it(
      'takes high jobs enqueued while normal ones wait before those normal ones',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        const release = deferred();
        queue.consume({
          concurrency: 1,
          handler: recorder.handler('w', async (d) => {
            if (d.job.id === 'busy') await within(release.promise, 'the release of job busy');
            await recorder.ack(d);
          }),
        });
        await queue.enqueue(job('busy'));
        await recorder.delivered('busy');
        await queue.enqueue(job('n1'));
        await queue.enqueue(job('n2'));
        await queue.enqueue(job('h1', 'high'));
        await queue.enqueue(job('h2', 'high'));
        release.resolve();
        await recorder.allAcked(['n1', 'n2', 'h1', 'h2']);
        assert.deepEqual(recorder.order(), ['busy', 'h1', 'h2', 'n1', 'n2']);
      }),
    );

    it(
      'keeps FIFO order within a priority',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        const ids = Array.from({ length: 8 }, (_, index) => `job-${index}`);
        for (const id of ids) await queue.enqueue(job(id));
        queue.consume({ concurrency: 1, handler: recorder.handler('w', (d) => recorder.ack(d)) });
        await recorder.allAcked(ids);
        assert.deepEqual(recorder.order(), ids);
      }),
    );

    it(
      'runs at most `concurrency` handlers at once, and really that many in parallel',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        const concurrency = 3;
        const allRunning = deferred();
        let running = 0;
        let most = 0;
        queue.consume({
          concurrency,
          handler: recorder.handler('w', async (d) => {
            running++;
            most = Math.max(most, running);
            if (running === concurrency) allRunning.resolve();
            // nobody finishes before `concurrency` handlers ran side by side
            await within(allRunning.promise, `${concurrency} handlers running at once`);
            running--;
            await recorder.ack(d);
          }),
        });
        const ids = Array.from({ length: 8 }, (_, index) => `job-${index}`);
        for (const id of ids) await queue.enqueue(job(id));
        await recorder.allAcked(ids);
        assert.equal(most, concurrency);
      }),
    );

    it(
      'shares jobs between two workers, each job handled exactly once',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const first = await open();
        const second = await open();
        const bothBusy = deferred();
        const busy = new Set<string>();
        const handler = (worker: string) =>
          recorder.handler(worker, async (d) => {
            busy.add(worker);
            if (busy.size === 2) bothBusy.resolve();
            // the first worker cannot take everything: its slots stay full until the other works too
            await within(bothBusy.promise, 'both workers running a job');
            await recorder.ack(d);
          });
        first.consume({ concurrency: 2, handler: handler('first') });
        second.consume({ concurrency: 2, handler: handler('second') });
        const ids = Array.from({ length: 12 }, (_, index) => `job-${index}`);
        for (const id of ids) await first.enqueue(job(id));
        await recorder.allAcked(ids);
        assert.deepEqual(recorder.order().sort(), [...ids].sort());
        assert.ok(recorder.handled.every((entry) => entry.attempt === 1));
        assert.deepEqual(new Set(recorder.handled.map((entry) => entry.worker)), new Set(['first', 'second']));
        assert.deepEqual(await second.depth(), { high: 0, normal: 0, inFlight: 0 });
      }),
    );
  });
}
