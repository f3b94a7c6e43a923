import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { uniqueName, Watch } from './contract/waiting.ts';
import { BusClosedError, type EventBus } from './events.ts';

/** Each call: another bus connected to the same backend, as another process would connect. */
export type MakeBus = () => Promise<EventBus>;

const TEST_TIMEOUT_MS = 20_000;

/** What one subscriber heard, for tests to wait on. */
class Heard {
  readonly messages: unknown[] = [];
  private readonly watch = new Watch();
  readonly handler = (message: unknown): void => {
    this.messages.push(message);
    this.watch.changed();
  };

  count(n: number, who: string): Promise<void> {
    return this.watch.until(() => this.messages.length >= n, `${n} messages at ${who}`);
  }
}

/** Runs one test with a fresh channel name and the buses it opens, closing them whatever happens. */
function withBuses(
  makeBus: MakeBus,
  run: (context: { open: () => Promise<EventBus>; channel: string }) => Promise<void>,
): () => Promise<void> {
  return async () => {
    const buses: EventBus[] = [];
    try {
      await run({
        channel: uniqueName('channel'),
        open: async () => {
          const bus = await makeBus();
          buses.push(bus);
          return bus;
        },
      });
    } finally {
      await Promise.all(buses.map((bus) => bus.close()));
    }
  };
}

/**
 * The one test suite every EventBus adapter passes (STYLE.md 5). Channel names are unique per test,
 * so the suite may share a running Redis or NATS with anything else.
 *
 * @example
 * const hub = createMemoryHub();
 * eventBusContract('memory', async () => createMemoryBus({ hub }));
 */
export function eventBusContract(name: string, makeBus: MakeBus): void {
  describe(`EventBus contract: ${name}`, () => {
    it(
      'delivers a message to subscribers on another bus and on the same one, as JSON',
      { timeout: TEST_TIMEOUT_MS },
      withBuses(makeBus, async ({ open, channel }) => {
        const publisher = await open();
        const other = await open();
        const remote = new Heard();
        const local = new Heard();
        await other.subscribe(channel, remote.handler);
        await publisher.subscribe(channel, local.handler);
        await publisher.publish(channel, { verdict: 'AC', at: new Date(0), tests: [1, null], skip: undefined });
        const expected = { verdict: 'AC', at: '1970-01-01T00:00:00.000Z', tests: [1, null] };
        await remote.count(1, 'the other bus');
        await local.count(1, 'the publishing bus');
        assert.deepEqual(remote.messages, [expected]);
        assert.deepEqual(local.messages, [expected]);
      }),
    );

    it(
      'delivers to every subscriber of the channel',
      { timeout: TEST_TIMEOUT_MS },
      withBuses(makeBus, async ({ open, channel }) => {
        const publisher = await open();
        const [first, second] = [await open(), await open()];
        const heard = [new Heard(), new Heard(), new Heard()];
        await first!.subscribe(channel, heard[0]!.handler);
        await first!.subscribe(channel, heard[1]!.handler);
        await second!.subscribe(channel, heard[2]!.handler);
        await publisher.publish(channel, 'hello');
        for (const [index, subscriber] of heard.entries()) await subscriber.count(1, `subscriber ${index}`);
        assert.deepEqual(
          heard.map((subscriber) => subscriber.messages),
          [['hello'], ['hello'], ['hello']],
        );
      }),
    );

    it(
      'stops delivering to a subscriber once it unsubscribed',
      { timeout: TEST_TIMEOUT_MS },
      withBuses(makeBus, async ({ open, channel }) => {
        const publisher = await open();
        const subscriberBus = await open();
        const leaving = new Heard();
        const staying = new Heard();
        const unsubscribe = await subscriberBus.subscribe(channel, leaving.handler);
        await subscriberBus.subscribe(channel, staying.handler);
        await publisher.publish(channel, 1);
        await leaving.count(1, 'the leaving subscriber');
        await unsubscribe();
        await unsubscribe();
        await publisher.publish(channel, 2);
        await publisher.publish(channel, 3);
        // the staying subscriber heard 2 and 3: had the other been still there, it would have too
        await staying.count(3, 'the staying subscriber');
        assert.deepEqual(leaving.messages, [1]);
        assert.deepEqual(staying.messages, [1, 2, 3]);

        // the last subscriber leaving and a new one coming is the same channel again
        const returning = new Heard();
        await subscriberBus.subscribe(channel, returning.handler);
        await publisher.publish(channel, 4);
        await returning.count(1, 'the returning subscriber');
        assert.deepEqual(returning.messages, [4]);
      }),
    );

    it(
      'keeps delivering to the other handlers when one throws',
      { timeout: TEST_TIMEOUT_MS },
      withBuses(makeBus, async ({ open, channel }) => {
        const publisher = await open();
        const subscriberBus = await open();
        let thrown = 0;
        await subscriberBus.subscribe(channel, () => {
          thrown++;
          throw new Error('broken handler');
        });
        const healthy = new Heard();
        await subscriberBus.subscribe(channel, healthy.handler);
        await publisher.publish(channel, 'a');
        await publisher.publish(channel, 'b');
        await healthy.count(2, 'the healthy handler');
        assert.deepEqual(healthy.messages, ['a', 'b']);
        assert.equal(thrown, 2);
      }),
    );

    it(
      'delivers the messages of a channel in publish order',
      { timeout: TEST_TIMEOUT_MS },
      withBuses(makeBus, async ({ open, channel }) => {
        const publisher = await open();
        const subscriberBus = await open();
        const heard = new Heard();
        await subscriberBus.subscribe(channel, heard.handler);
        const sent = Array.from({ length: 200 }, (_, index) => ({ n: index }));
        for (const message of sent) await publisher.publish(channel, message);
        await heard.count(sent.length, 'the subscriber');
        assert.deepEqual(heard.messages, sent);
      }),
    );

    it(
      'keeps channels apart, whatever characters their names hold',
      { timeout: TEST_TIMEOUT_MS },
      withBuses(makeBus, async ({ open, channel }) => {
        const publisher = await open();
        const subscriberBus = await open();
        const names = [channel, `${channel}.a`, `${channel}.*`, `${channel}.>`, `${channel}*`, `${channel} a`];
        const heard = names.map(() => new Heard());
        for (const [index, name] of names.entries()) await subscriberBus.subscribe(name, heard[index]!.handler);
        for (const name of names) await publisher.publish(name, name);
        for (const [index, name] of names.entries()) await heard[index]!.count(1, `channel "${name}"`);
        // a last message on each channel: anything that leaked would have arrived before it
        for (const name of names) await publisher.publish(name, 'end');
        for (const [index, name] of names.entries()) await heard[index]!.count(2, `channel "${name}"`);
        assert.deepEqual(
          heard.map((subscriber) => subscriber.messages),
          names.map((name) => [name, 'end']),
        );
      }),
    );

    it(
      'refuses to publish or subscribe once closed',
      { timeout: TEST_TIMEOUT_MS },
      withBuses(makeBus, async ({ open, channel }) => {
        const bus = await open();
        await bus.close();
        await assert.rejects(bus.publish(channel, 1), BusClosedError);
        await assert.rejects(
          bus.subscribe(channel, () => {}),
          BusClosedError,
        );
      }),
    );
  });
}
