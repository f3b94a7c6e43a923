import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SubmissionProgress } from '@verdict/protocol';
import type { WorkerLogger } from './logger.ts';
import { ProgressReporter } from './progress.ts';

const running = (testsDone: number): SubmissionProgress => ({
  state: 'running',
  testsDone,
  testsTotal: 50,
  test: null,
});

function recorder(fail = false) {
  const sent: SubmissionProgress[] = [];
  const warnings: string[] = [];
  const link = {
    async submissionProgress(_id: string, progress: SubmissionProgress) {
      sent.push(progress);
      if (fail) throw new Error('server down');
    },
  };
  const logger: WorkerLogger = { info() {}, warn: (_fields, message) => warnings.push(message), error() {} };
  return { link, logger, sent, warnings };
}

test('a burst of progress sends only the latest, and flush never drops the last', async () => {
  const { link, logger, sent } = recorder();
  const reporter = new ProgressReporter(link, 's1', logger);
  for (let done = 0; done < 50; done++) reporter.report(running(done));
  await reporter.flush();
  assert.deepEqual(
    sent.map((progress) => progress.testsDone),
    [49],
  );
  // within the interval of the last send: held back until flush, then sent at once
  reporter.report(running(50));
  assert.equal(sent.length, 1);
  await reporter.flush();
  assert.deepEqual(
    sent.map((progress) => progress.testsDone),
    [49, 50],
  );
  await reporter.flush();
  assert.equal(sent.length, 2);
});

test('a failing progress report is logged, not thrown', async () => {
  const { link, logger, sent, warnings } = recorder(true);
  const reporter = new ProgressReporter(link, 's2', logger);
  reporter.report(running(1));
  await reporter.flush();
  assert.equal(sent.length, 1);
  assert.deepEqual(warnings, ['progress report failed']);
});
