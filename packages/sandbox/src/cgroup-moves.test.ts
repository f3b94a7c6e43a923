// A secure sandbox asks the kernel for cheap cgroup moves (favordynmods) when it is created, so
// the first test of each prepared box does not wait for an RCU grace period.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cgroupMovesFavoured } from './cgroup-moves.ts';
import { testSandbox } from './test-support.ts';

test('after a secure sandbox is created, some cgroup mount carries favordynmods', async () => {
  const { sandbox } = await testSandbox();
  assert.ok(sandbox.capabilities.secure, 'this test needs a host that can isolate');
  assert.equal(cgroupMovesFavoured(), true);
});
