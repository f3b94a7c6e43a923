/**
 * The worker end to end: the real sandbox, real toolchains and the real problems-fixtures/sum
 * package, jobs through the in-process memory queue, and a recording stand-in for the server
 * (the WorkerLink) that stores outcomes in maps.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { detectLanguage, type Language, loadLanguages } from '@verdict/languages';
import { packProblemDir } from '@verdict/problems';
import type { RunJob, RunOutcome, SubmissionOutcome, SubmitJob } from '@verdict/protocol';
import { createMemoryQueue, type JobQueue } from '@verdict/queue';
import { type Sandbox, SandboxError } from '@verdict/sandbox';
import { testSandbox } from '@verdict/sandbox/test-support';
import { RecordingLink, RecordingLogger } from './test-doubles.ts';
import { createWorker, type Worker, type WorkerOptions } from './worker.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const sumDir = join(repo, 'problems-fixtures/sum');
const source = (path: string) => readFileSync(join(sumDir, 'submissions', path), 'utf8');

let sandbox: Sandbox;
let languages: Language[];
let sum: { bytes: Uint8Array; hash: string };
const scratch = mkdtempSync(join(tmpdir(), 'verdict-worker-test-'));
let cacheCounter = 0;

before(async () => {
  ({ sandbox } = await testSandbox());
  const wanted = loadLanguages().filter((language) => ['c', 'cpp17', 'python3'].includes(language.id));
  for (const language of wanted) {
    const status = await detectLanguage(language);
    assert.ok(status.available, `${language.id} is needed by these tests: ${status.problem}`);
  }
  languages = wanted;
  sum = await packProblemDir(sumDir);
});
after(() => rmSync(scratch, { recursive: true, force: true }));

interface Harness {
  queue: JobQueue;
  link: RecordingLink;
  logger: RecordingLogger;
  worker: Worker;
  cacheDir: string;
}

const running: Harness[] = [];
after(async () => {
  for (const harness of running) {
    await harness.worker.stop();
    await harness.queue.close();
  }
});

function start(options: Partial<WorkerOptions> & { link?: RecordingLink } = {}): Harness {
  const queue = options.queue ?? createMemoryQueue({});
  const link = options.link ?? new RecordingLink();
  link.packages.set(sum.hash, sum.bytes);
  const logger = new RecordingLogger();
  const cacheDir = options.cacheDir ?? join(scratch, `cache${cacheCounter++}`);
  const worker = createWorker({
    queue,
    sandbox,
    languages,
    concurrency: 2,
    retryDelayMs: 5,
    logger,
    ...options,
    link,
    cacheDir,
  });
  const harness = { queue, link, logger, worker, cacheDir };
  running.push(harness);
  return harness;
}

function submitJob(code: string, language: string, overrides: Partial<SubmitJob> = {}): SubmitJob {
  return {
    kind: 'submit',
    id: `s-${randomUUID()}`,
    problemId: 'sum',
    packageHash: sum.hash,
    language,
    code,
    ...overrides,
  };
}

function runJob(code: string, language: string, stdin: string, withProblem: boolean): RunJob {
  return {
    kind: 'run',
    id: `r-${randomUUID()}`,
    userId: 'u1',
    problemId: withProblem ? 'sum' : null,
    packageHash: withProblem ? sum.hash : null,
    language,
    code,
    stdin,
  };
}

async function enqueue(queue: JobQueue, job: SubmitJob | RunJob): Promise<void> {
  await queue.enqueue({ id: job.id, priority: job.kind === 'run' ? 'high' : 'normal', payload: job });
}

describe('submissions', () => {
  test('accepted in C++ and Python, with progress, and the package fetched once', async () => {
    const { queue, link, logger } = start();
    const cpp = submitJob(source('accepted/sum.cpp'), 'cpp17');
    const python = submitJob(source('accepted/sum.py'), 'python3');
    await enqueue(queue, cpp);
    await enqueue(queue, python);
    for (const job of [cpp, python]) {
      const outcome = await link.finished(job.id);
      assert.equal(outcome.verdict, 'AC', JSON.stringify(outcome));
      assert.equal(outcome.tests.length, 14);
      assert.ok(outcome.tests.every((test) => test.verdict === 'AC'));
      assert.equal(outcome.tests[0]?.name, 'sample/1');
      assert.equal(outcome.tests[0]?.group, 'sample');
      assert.equal(outcome.compileOutput, null);
      assert.ok(outcome.cpuMs !== null && outcome.memoryKb !== null && outcome.memoryKb > 0);
      const progress = link.progress.get(job.id) ?? [];
      assert.equal(progress[0]?.state, 'compiling');
      assert.deepEqual(progress.at(-1)?.testsDone, 14, 'the last progress is never dropped');
      assert.equal(progress.at(-1)?.testsTotal, 14);
      assert.equal(progress.at(-1)?.test?.name, 'secret/12-random');
      const done = await doneOrLogged(logger, job.id);
      assert.equal(done.verdict, 'AC');
      assert.equal(done.kind, 'submit');
      assert.equal(typeof done.ms, 'number');
    }
    assert.equal(link.count('fetchPackage'), 1);
    assert.deepEqual(await queue.depth(), { high: 0, normal: 0, inFlight: 0 });
  });

  test('wrong answer stops at the first failing test', async () => {
    const { queue, link } = start();
    const job = submitJob(source('wrong_answer/difference.py'), 'python3');
    await enqueue(queue, job);
    const outcome = await link.finished(job.id);
    assert.equal(outcome.verdict, 'WA');
    assert.equal(outcome.tests.at(-1)?.verdict, 'WA');
    assert.ok(outcome.tests.length < 14);
  });

  test('a compile error carries the compiler output', async () => {
    const { queue, link } = start();
    const job = submitJob(source('compiler_error/syntax.cpp'), 'cpp17');
    await enqueue(queue, job);
    const outcome = await link.finished(job.id);
    assert.equal(outcome.verdict, 'CE');
    assert.deepEqual(outcome.tests, []);
    assert.match(outcome.compileOutput ?? '', /error/);
    assert.equal(outcome.cpuMs, null);
  });

  test('the package is cached on disk and in memory; another worker on the same disk does not fetch it', async () => {
    const first = start();
    const jobs = [submitJob(source('accepted/sum.py'), 'python3'), submitJob(source('accepted/sum.py'), 'python3')];
    for (const job of jobs) await enqueue(first.queue, job);
    for (const job of jobs) assert.equal((await first.link.finished(job.id)).verdict, 'AC');
    assert.equal(first.link.count('fetchPackage'), 1);
    assert.ok(existsSync(join(first.cacheDir, 'packages', sum.hash, 'problem.yaml')));

    const second = start({ cacheDir: first.cacheDir });
    const job = submitJob(source('accepted/sum.py'), 'python3');
    await enqueue(second.queue, job);
    assert.equal((await second.link.finished(job.id)).verdict, 'AC');
    assert.equal(second.link.count('fetchPackage'), 0);
  });

  test('a package whose bytes do not match its hash is refused', async () => {
    const link = new RecordingLink();
    const wrongHash = 'f'.repeat(64);
    const { queue, cacheDir } = start({ link, maxAttempts: 2 });
    link.packages.set(wrongHash, sum.bytes);
    const job = submitJob(source('accepted/sum.py'), 'python3', { packageHash: wrongHash });
    await enqueue(queue, job);
    const outcome = await link.finished(job.id);
    assert.equal(outcome.verdict, 'IE');
    assert.match(outcome.message ?? '', /judging failed 2 times .*PackageHashMismatchError/);
    assert.deepEqual(outcome.tests, []);
    assert.equal(link.count('fetchPackage'), 2);
    assert.equal(existsSync(join(cacheDir, 'packages', wrongHash)), false);
  });

  test('a submission the server says is finished is acknowledged without judging', async () => {
    const link = new RecordingLink();
    const { queue, logger } = start({ link });
    const job = submitJob(source('accepted/sum.py'), 'python3');
    link.submissions.set(job.id, {
      starts: 1,
      outcome: { ...(await acceptedOutcome()), message: 'stored earlier' },
    });
    const done = logger.jobDone(job.id);
    await enqueue(queue, job);
    assert.equal((await done).verdict, 'already finished');
    assert.deepEqual(link.calls, ['startSubmission']);
    assert.deepEqual(await queue.depth(), { high: 0, normal: 0, inFlight: 0 });
  });

  test('a verdict the server could not store is sent again on redelivery, and stored once', async () => {
    const link = new RecordingLink();
    link.finishFailures = 2;
    const { queue } = start({ link });
    const job = submitJob(source('accepted/sum.py'), 'python3');
    await enqueue(queue, job);
    const outcome = await link.finished(job.id);
    assert.equal(outcome.verdict, 'AC');
    assert.equal(link.count('finishSubmission'), 3);
    assert.equal(link.count('startSubmission'), 3);
    // the judged outcome was kept: the redeliveries did not judge again
    assert.equal(link.progress.get(job.id)?.filter((progress) => progress.state === 'compiling').length, 1);
  });

  test('a server that cannot be reached is waited for: the job stays in flight and spends no attempt', async () => {
    const link = new RecordingLink();
    // away at the start, for the package download and for the verdict: 3 + 2 + 3 failed calls
    link.outage = 3;
    const { queue, logger } = start({ link, serverRetry: { firstDelayMs: 5, maxDelayMs: 20 }, maxAttempts: 2 });
    const job = submitJob(source('accepted/sum.py'), 'python3');
    const originalStart = link.startSubmission.bind(link);
    link.startSubmission = async (id) => {
      const started = await originalStart(id);
      link.outage = 2;
      return started;
    };
    link.once('progress', () => {
      link.outage = 3;
    });
    const done = logger.jobDone(job.id);
    await enqueue(queue, job);
    const outcome = await link.finished(job.id);
    assert.equal(outcome.verdict, 'AC');
    const fields = await done;
    assert.equal(fields.attempt, 1, 'one delivery: never given back to the queue');
    assert.equal(link.count('startSubmission'), 1);
    assert.equal(link.count('finishSubmission'), 1);
    assert.ok(link.count('unreachable') >= 6, `the outages happened: ${link.calls.join(', ')}`);
    assert.ok(logger.lines.some((line) => line.message.startsWith('the server is unreachable')));
    assert.deepEqual(await queue.depth(), { high: 0, normal: 0, inFlight: 0 });
  });

  test('a worker stopping while the server is away gives its job back instead of waiting forever', async () => {
    const link = new RecordingLink();
    link.outage = Number.POSITIVE_INFINITY;
    const { queue, logger, worker } = start({ link, serverRetry: { firstDelayMs: 5, maxDelayMs: 20 } });
    const job = submitJob(source('accepted/sum.py'), 'python3');
    const done = once(logger, 'line:job returned to the queue');
    const waiting = once(logger, 'line:the server is unreachable; waiting for it (the job stays in flight)');
    await enqueue(queue, job);
    await waiting;
    await worker.stop();
    await done;
    assert.equal(link.count('startSubmission'), 0);
  });

  test('a sandbox failing on every attempt ends as IE after maxAttempts, stored once', async () => {
    const broken: Sandbox = {
      capabilities: sandbox.capabilities,
      run: async () => {
        throw new SandboxError('the launcher crashed', 'launch-failed');
      },
      createWorkDir: () => sandbox.createWorkDir(),
      copyWorkDir: (from, to) => sandbox.copyWorkDir(from, to),
      removeWorkDir: (path) => sandbox.removeWorkDir(path),
    };
    const { queue, link, logger } = start({ sandbox: broken, maxAttempts: 3 });
    const job = submitJob(source('accepted/sum.py'), 'python3');
    await enqueue(queue, job);
    const outcome = await link.finished(job.id);
    assert.equal(outcome.verdict, 'IE');
    assert.match(outcome.message ?? '', /judging failed 3 times \(SandboxError: the launcher crashed\); the operators/);
    assert.equal(link.count('startSubmission'), 3);
    assert.equal(link.count('finishSubmission'), 1);
    assert.ok(logger.lines.some((line) => line.level === 'error' && line.fields.alert === true));
  });

  test('a language this worker lacks is IE with a clear message, never CE', async () => {
    const { queue, link } = start({ maxAttempts: 1 });
    const job = submitJob('print(1)', 'cobol');
    await enqueue(queue, job);
    const outcome = await link.finished(job.id);
    assert.equal(outcome.verdict, 'IE');
    assert.match(
      outcome.message ?? '',
      /language "cobol" is not available on this worker; available: c, cpp17, python3/,
    );
  });

  test('an unreadable job is dropped', async () => {
    const { queue, logger, link } = start();
    const done = logger.jobDone('junk');
    await queue.enqueue({ id: 'junk', priority: 'normal', payload: { kind: 'submit', id: 7 } });
    await done;
    assert.deepEqual(link.calls, []);
    assert.deepEqual(await queue.depth(), { high: 0, normal: 0, inFlight: 0 });
  });

  test('heartbeats keep a long job from being redelivered', async () => {
    const queue = createMemoryQueue({ ackWaitMs: 150 });
    const { link } = start({ queue, heartbeatMs: 30 });
    const job = submitJob(source('accepted/sum.cpp'), 'cpp17');
    await enqueue(queue, job);
    assert.equal((await link.finished(job.id)).verdict, 'AC');
    // compiling C++ alone takes longer than the ack deadline
    assert.equal(link.count('startSubmission'), 1);
  });

  test('stop() waits for the running job', async () => {
    const { queue, link, worker } = start();
    const job = submitJob(source('accepted/sum.py'), 'python3');
    const judging = once(link, 'progress');
    await enqueue(queue, job);
    await judging;
    await worker.stop();
    assert.equal(link.submissions.get(job.id)?.outcome?.verdict, 'AC');
  });
});

describe('runs', () => {
  test('a run with a problem shows the output and the reference solution as expected', async () => {
    const { queue, link } = start();
    const job = runJob('a, b = map(int, input().split())\nprint(a - b)\n', 'python3', '5 3\n', true);
    await enqueue(queue, job);
    const outcome = await link.finished<RunOutcome>(job.id);
    assert.equal(outcome.status, 'ok', JSON.stringify(outcome));
    assert.equal(outcome.run?.stdout, '2\n');
    assert.equal(outcome.run?.verdict, null);
    assert.equal(outcome.run?.exitCode, 0);
    assert.equal(outcome.expected?.stdout, '8\n');
    assert.equal(outcome.expected?.status, 'ok');
    assert.equal(outcome.message, null);
  });

  test('a run without a problem: output, a crash and a cut stdout', async () => {
    const { queue, link } = start();
    const plain = runJob('print(input()[::-1])\n', 'python3', 'verdict\n', false);
    const crash = runJob('import sys\nprint("partial")\nsys.exit(3)\n', 'python3', '', false);
    const long = runJob('print("x" * 100000)\n', 'python3', '', false);
    const broken = runJob('int main( {', 'c', '', false);
    for (const job of [plain, crash, long, broken]) await enqueue(queue, job);

    const ok = await link.finished<RunOutcome>(plain.id);
    assert.equal(ok.run?.stdout, 'tcidrev\n');
    assert.equal(ok.expected, null);
    const failed = await link.finished<RunOutcome>(crash.id);
    assert.equal(failed.status, 'ok');
    assert.equal(failed.run?.status, 'runtime-error');
    assert.equal(failed.run?.verdict, 'RE');
    assert.equal(failed.run?.exitCode, 3);
    assert.equal(failed.run?.stdout, 'partial\n');
    const cut = await link.finished<RunOutcome>(long.id);
    assert.equal(cut.run?.stdout.length, 64 * 1024);
    assert.equal(cut.run?.stdoutTruncated, true);
    const compileError = await link.finished<RunOutcome>(broken.id);
    assert.equal(compileError.status, 'compile-error');
    assert.equal(compileError.run, null);
    assert.match(compileError.compileOutput ?? '', /error/);
  });
});

async function doneOrLogged(logger: RecordingLogger, id: string): Promise<Record<string, unknown>> {
  const line = logger.lines.find((candidate) => candidate.message === 'job done' && candidate.fields.id === id);
  return line ? line.fields : logger.jobDone(id);
}

async function acceptedOutcome(): Promise<SubmissionOutcome> {
  return {
    verdict: 'AC',
    score: null,
    maxScore: null,
    cpuMs: 1,
    memoryKb: 1,
    tests: [],
    compileOutput: null,
    message: null,
  };
}
