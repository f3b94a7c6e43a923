import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QueueClosedError } from '../types.ts';
import { job, type MakeQueue, withQueue } from './queue-harness.ts';
import { deferred, nextTurn, within } from './waiting.ts';

const TEST_TIMEOUT_MS = 30_000;

/** Dedupe, depth, stopping and closing. */
export function lifecycleContract(makeQueue: MakeQueue, ackWaitMs: number): void {
  describe('lifecycle', () => {
    it(
      'delivers an id enqueued again while queued or in flight once; after its ack it may come again',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        await queue.enqueue(job('dup', 'normal', { copy: 1 }));
        await queue.enqueue(job('dup', 'normal', { copy: 2 }));
        assert.deepEqual(await queue.depth(), { high: 0, normal: 1, inFlight: 0 });
        queue.consume({
          concurrency: 1,
          handler: recorder.handler('w', async (d) => {
            // in flight now: enqueueing it again changes nothing
            if (d.job.id === 'dup') await queue.enqueue(job('dup', 'normal', { copy: 3 }));
            await recorder.ack(d);
          }),
        });
        await recorder.allAcked(['dup']);
        await queue.enqueue(job('dup', 'normal', { copy: 4 }));
        await recorder.watch.until(() => recorder.acked.length === 2, 'the ack of the re-enqueued job');
        // anything the earlier enqueues had left behind would come before this one
        await queue.enqueue(job('sentinel'));
        await recorder.allAcked(['sentinel']);
        assert.deepEqual(
          recorder.deliveriesOf('dup').map((entry) => [entry.attempt, entry.delivery.job.payload]),
          [
            [1, { copy: 1 }],
            [1, { copy: 4 }],
          ],
        );
      }),
    );

    it(
      'counts waiting jobs per priority and jobs in flight',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        assert.deepEqual(await queue.depth(), { high: 0, normal: 0, inFlight: 0 });
        for (const id of ['h1', 'h2']) await queue.enqueue(job(id, 'high'));
        for (const id of ['n1', 'n2', 'n3']) await queue.enqueue(job(id));
        assert.deepEqual(await queue.depth(), { high: 2, normal: 3, inFlight: 0 });
        const release = deferred();
        queue.consume({
          concurrency: 1,
          handler: recorder.handler('w', async (d) => {
            await within(release.promise, 'the release of the first job');
            await recorder.ack(d);
          }),
        });
        await recorder.delivered('h1');
        assert.deepEqual(await queue.depth(), { high: 1, normal: 3, inFlight: 1 });
        release.resolve();
        await recorder.allAcked(['h1', 'h2', 'n1', 'n2', 'n3']);
        assert.deepEqual(await queue.depth(), { high: 0, normal: 0, inFlight: 0 });
      }),
    );

    it(
      'stop() waits for running handlers and takes no new job',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        const release = deferred();
        let finished = false;
        const consumer = queue.consume({
          concurrency: 2,
          handler: recorder.handler('w', async (d) => {
            await within(release.promise, 'the release of job slow');
            await recorder.ack(d);
            finished = true;
          }),
        });
        await queue.enqueue(job('slow'));
        await recorder.delivered('slow');
        let stopped = false;
        const stopping = consumer.stop().then(() => {
          stopped = true;
        });
        await queue.enqueue(job('after'));
        await nextTurn();
        assert.equal(stopped, false, 'stop() resolved while a handler was running');
        release.resolve();
        await within(stopping, 'stop()');
        assert.equal(finished, true);
        assert.deepEqual(recorder.order(), ['slow']);
        assert.deepEqual(await queue.depth(), { high: 0, normal: 1, inFlight: 0 });
      }),
    );

    it(
      'close() waits for running handlers; a closed queue refuses work',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        const release = deferred();
        let finished = false;
        queue.consume({
          concurrency: 1,
          handler: recorder.handler('w', async (d) => {
            await within(release.promise, 'the release of job closing');
            await recorder.ack(d);
            finished = true;
          }),
        });
        await queue.enqueue(job('closing'));
        await recorder.delivered('closing');
        const closing = queue.close();
        await nextTurn();
        release.resolve();
        await within(closing, 'close()');
        assert.equal(finished, true);
        await assert.rejects(queue.enqueue(job('late')), QueueClosedError);
        assert.throws(() => queue.consume({ concurrency: 1, handler: async () => {} }), QueueClosedError);
      }),
    );

    it(
      'refuses a job without an id or with an unknown priority, and a concurrency below 1',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open }) => {
        const queue = await open();
        await assert.rejects(queue.enqueue(job('')), TypeError);
        await assert.rejects(queue.enqueue({ id: 'x', priority: 'urgent' as 'high', payload: null }), TypeError);
        assert.throws(() => queue.consume({ concurrency: 0, handler: async () => {} }), RangeError);
      }),
    );
  });
}
