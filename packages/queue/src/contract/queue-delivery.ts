import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { job, type MakeQueue, withQueue } from './queue-harness.ts';
import { deferred, within } from './waiting.ts';

const TEST_TIMEOUT_MS = 30_000;
// timers may fire a little early against performance.now(); a redelivery this close to its due time is on time
const TIMER_SLACK_MS = 50;

/** Delivery, acknowledgement and every kind of redelivery. */
export function deliveryContract(makeQueue: MakeQueue, ackWaitMs: number): void {
  describe('delivery', () => {
    it(
      'delivers an enqueued job with attempt 1 and its payload as JSON',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        queue.consume({ concurrency: 1, handler: recorder.handler('w', (d) => recorder.ack(d)) });
        const payload = { code: 'print(1)', tests: [1, 2], nested: { none: null, text: 'é ✓' }, skipped: undefined };
        await queue.enqueue({ id: 'j1', priority: 'normal', payload });
        const handled = await recorder.delivered('j1');
        assert.equal(handled.attempt, 1);
        assert.deepEqual(handled.delivery.job, {
          id: 'j1',
          priority: 'normal',
          payload: { code: 'print(1)', tests: [1, 2], nested: { none: null, text: 'é ✓' } },
        });
      }),
    );

    it(
      'takes ids with any characters',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        queue.consume({ concurrency: 1, handler: recorder.handler('w', (d) => recorder.ack(d)) });
        const ids = ['sub.1', 'a b', 'x.*', 'y.>', 'ünï/cødé', '0'];
        for (const id of ids) await queue.enqueue(job(id, 'high'));
        await recorder.allAcked(ids);
        assert.deepEqual(recorder.order().sort(), [...ids].sort());
      }),
    );

    it(
      'never delivers an acknowledged job again',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        queue.consume({
          concurrency: 2,
          handler: recorder.handler('w', async (d) => {
            // the sentinel's first delivery is left to expire: once it comes back, the ack
            // deadline of the acknowledged job has long passed too
            if (d.job.id === 'sentinel' && d.attempt === 1) return;
            await recorder.ack(d);
          }),
        });
        await queue.enqueue(job('done'));
        await recorder.allAcked(['done']);
        await queue.enqueue(job('sentinel'));
        await recorder.delivered('sentinel', 2);
        await recorder.allAcked(['sentinel']);
        assert.equal(recorder.deliveriesOf('done').length, 1);
        assert.deepEqual(await queue.depth(), { high: 0, normal: 0, inFlight: 0 });
      }),
    );

    it(
      'gives the job of a throwing handler back (attempt 2) without hurting the process',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        const errors: Array<{ message: string; id: string }> = [];
        queue.consume({
          concurrency: 1,
          handler: recorder.handler('w', async (d) => {
            if (d.attempt === 1) throw new Error('sandbox broke');
            await recorder.ack(d);
          }),
          onError: (error, failed) => errors.push({ message: (error as Error).message, id: failed.id }),
        });
        await queue.enqueue(job('boom'));
        await recorder.delivered('boom', 2);
        await recorder.allAcked(['boom']);
        assert.deepEqual(errors, [{ message: 'sandbox broke', id: 'boom' }]);
      }),
    );

    it(
      'redelivers a nak at once, and a nak(delayMs) after the delay',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        const nakDelayMs = 400;
        queue.consume({
          concurrency: 2,
          handler: recorder.handler('w', async (d) => {
            if (d.attempt > 1) await recorder.ack(d);
            else if (d.job.id === 'later') await d.nak(nakDelayMs);
            else await d.nak();
          }),
        });
        await queue.enqueue(job('now'));
        await queue.enqueue(job('later'));
        const now = await recorder.delivered('now', 2);
        const later = await recorder.delivered('later', 2);
        const laterFirst = await recorder.delivered('later', 1);
        assert.ok(now.attempt === 2);
        assert.ok(
          later.atMs - laterFirst.atMs >= nakDelayMs - TIMER_SLACK_MS,
          `redelivered after ${Math.round(later.atMs - laterFirst.atMs)} ms, before the ${nakDelayMs} ms delay`,
        );
        await recorder.allAcked(['now', 'later']);
      }),
    );

    it(
      'redelivers a job nobody acknowledges or heartbeats within ackWaitMs (a crashed worker)',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const crashed = await open();
        const firstWorker = crashed.consume({ concurrency: 1, handler: recorder.handler('crashed', async () => {}) });
        await crashed.enqueue(job('orphan'));
        const first = await recorder.delivered('orphan', 1);
        await firstWorker.stop();

        const survivor = await open();
        survivor.consume({ concurrency: 1, handler: recorder.handler('survivor', (d) => recorder.ack(d)) });
        const second = await recorder.delivered('orphan', 2);
        assert.equal(second.worker, 'survivor');
        assert.ok(
          second.atMs - first.atMs >= ackWaitMs - TIMER_SLACK_MS,
          `redelivered after ${Math.round(second.atMs - first.atMs)} ms, before the ${ackWaitMs} ms deadline`,
        );
        await recorder.allAcked(['orphan']);
      }),
    );

    it(
      'does not redeliver a job whose handler heartbeats while running longer than ackWaitMs',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        const workMs = Math.round(ackWaitMs * 2.5);
        queue.consume({
          // a second slot, so a redelivery would be taken (and seen) while the first run goes on
          concurrency: 2,
          handler: recorder.handler('w', async (d) => {
            if (d.attempt > 1) return;
            const beat = setInterval(() => void d.heartbeat(), Math.round(ackWaitMs / 4));
            try {
              // the judging work itself: a job longer than the deadline
              await delay(workMs);
            } finally {
              clearInterval(beat);
            }
            await recorder.ack(d);
          }),
        });
        await queue.enqueue(job('long'));
        await recorder.allAcked(['long']);
        assert.deepEqual(
          recorder.deliveriesOf('long').map((entry) => entry.attempt),
          [1],
        );
      }),
    );

    it(
      'lets a handler settle only once: a nak after the ack changes nothing',
      { timeout: TEST_TIMEOUT_MS },
      withQueue(makeQueue, ackWaitMs, async ({ open, recorder }) => {
        const queue = await open();
        const settledTwice = deferred();
        queue.consume({
          concurrency: 1,
          handler: recorder.handler('w', async (d) => {
            await recorder.ack(d);
            await d.nak();
            await d.heartbeat();
            if (d.job.id === 'once') settledTwice.resolve();
          }),
        });
        await queue.enqueue(job('once'));
        await within(settledTwice.promise, 'the handler of job once');
        await queue.enqueue(job('sentinel'));
        await recorder.allAcked(['sentinel']);
        assert.equal(recorder.deliveriesOf('once').length, 1);
      }),
    );
  });
}
