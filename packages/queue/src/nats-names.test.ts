// The pure parts of the NATS adapters, without a server (the rest runs in nats.service.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subjectToken } from './nats-bus.ts';
import { deliveryCountOf } from './nats-consumer.ts';

test('the delivery count is read from both ack subject formats', () => {
  assert.equal(deliveryCountOf('$JS.ACK.VERDICT_JOBS.high.3.17.20.1795424864137815092.0'), 3);
  assert.equal(deliveryCountOf('$JS.ACK.hub.ACCHASH.VERDICT_JOBS.normal.2.17.20.1795424864137815092.4.r4nd0m'), 2);
  assert.throws(() => deliveryCountOf('_INBOX.abc'), /not a JetStream ack subject/);
  assert.throws(() => deliveryCountOf('$JS.ACK.S.C.x.1.1.1.0'), /not a JetStream ack subject/);
});

test('a channel becomes one subject token, with NATS wildcards and separators escaped', () => {
  assert.equal(subjectToken('submission:42'), 'submission:42');
  assert.equal(subjectToken('room-7_a'), 'room-7_a');
  assert.equal(subjectToken('a.b'), 'a%2Eb');
  assert.equal(subjectToken('*'), '%2A');
  assert.equal(subjectToken('>'), '%3E');
  assert.equal(subjectToken('a b'), 'a%20b');
  assert.equal(subjectToken('%'), '%25');
  assert.equal(subjectToken('é'), '%C3%A9');
});
