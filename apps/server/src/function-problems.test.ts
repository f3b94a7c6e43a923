// Function (LeetCode-style) problems through the whole platform: the detail shows the generated
// starter code and only the languages with a driver, submissions are judged with the driver, and
// a run on custom JSON input shows the returned value next to the reference solution's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importProblemPackage } from '@verdict/catalog';
import { loadLanguages } from '@verdict/languages';
import { createPgliteStore } from '@verdict/store';
import { pino } from 'pino';
import { parseConfig } from './config.ts';
import { type Platform, startPlatform } from './platform.ts';
import { Client, EventReader, tempDir } from './test-support.ts';

const TWO_SUM = fileURLToPath(new URL('../../../problems-fixtures/fn-two-sum', import.meta.url));
const SOLVED = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
`;
const WRONG = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        print("looking at", nums)
        return [0, 1]
`;

let platform: Platform;
let base: string;
let removeData: () => Promise<void>;
let client: Client;

before(async () => {
  const data = await tempDir('verdict-fn-');
  removeData = data.remove;
  const store = await createPgliteStore();
  await store.migrate();
  await importProblemPackage({ store, source: { dir: TWO_SUM }, languages: loadLanguages() });
  const config = parseConfig({
    flags: { port: 0, dataDir: data.path, workers: 2 },
    env: { VERDICT_SEED: '0', VERDICT_LANGUAGES: 'cpp17,python3,pascal', VERDICT_RUN_WAIT_MS: '30000' },
  });
  platform = await startPlatform(config, { store, logger: pino({ level: 'warn' }) });
  base = platform.info.url;
  client = new Client(base);
  assert.equal((await client.register('caller')).status, 201);
});

after(async () => {
  await platform.close();
  await removeData();
});

describe('function problems on the platform', () => {
  test('the detail has kind function, generated starter code and only the languages with a driver', async () => {
    const detail = await client.get('/api/v1/problems/fn-two-sum');
    assert.equal(detail.status, 200);
    assert.equal(detail.json.kind, 'function');
    assert.match(detail.json.starter.python3, /def twoSum\(self, nums: List\[int\], target: int\) -> List\[int\]:/);
    assert.match(detail.json.starter.cpp17, /vector<int> twoSum\(vector<int>& nums, int target\)/);
    assert.deepEqual(detail.json.languages.map((language: { id: string }) => language.id).sort(), ['cpp17', 'python3']);
  });

  test('a language without a driver is refused with unknown_language naming the ones that work', async () => {
    const answer = await client.post('/api/v1/submissions', {
      problemId: 'fn-two-sum',
      language: 'pascal',
      code: 'begin end.',
    });
    assert.equal(answer.status, 400);
    assert.equal(answer.json.error.code, 'unknown_language');
    assert.match(answer.json.error.message, /function problem; it can be solved in .*python3/);
  });

  test('submissions are judged with the driver: AC and WA', async () => {
    const events = await EventReader.open(`${base.replace(/^http/, 'ws')}/ws`, { cookie: client.cookie ?? '' });
    const ids: string[] = [];
    for (const code of [SOLVED, WRONG]) {
      const answer = await client.post('/api/v1/submissions', { problemId: 'fn-two-sum', language: 'python3', code });
      assert.equal(answer.status, 202, JSON.stringify(answer.json));
      ids.push(answer.json.id);
    }
    const done = await Promise.all(
      ids.map((id) => events.next((event) => event.type === 'submission.done' && event.submissionId === id)),
    );
    assert.deepEqual(
      done.map((event) => event.verdict),
      ['AC', 'WA'],
    );
    await events.close();
  });

  test('a run on custom JSON arguments shows the returned value and the reference solution’s', async () => {
    const run = await client.post('/api/v1/runs', {
      problemId: 'fn-two-sum',
      language: 'python3',
      code: WRONG,
      stdin: '[[3, 2, 4], 6]',
    });
    assert.equal(run.status, 200, JSON.stringify(run.json));
    assert.equal(run.json.outcome.status, 'ok', JSON.stringify(run.json.outcome));
    assert.equal(run.json.outcome.run.stdout, '[0,1]\n');
    assert.match(run.json.outcome.run.stderr, /looking at/);
    assert.equal(run.json.outcome.expected.stdout, '[1,2]\n');
  });

  test('several calls, one JSON value per line, run in one process and answer a line each', async () => {
    const run = await client.post('/api/v1/runs', {
      problemId: 'fn-two-sum',
      language: 'python3',
      code: SOLVED,
      stdin: '[[3, 2, 4], 6]\n\n[[1, 5, 9], 14]\n',
    });
    assert.equal(run.status, 200, JSON.stringify(run.json));
    assert.equal(run.json.outcome.run.stdout, '[1,2]\n[1,2]\n');
    assert.equal(run.json.outcome.expected.stdout, '[1,2]\n[1,2]\n');
    const bad = await client.post('/api/v1/runs', {
      problemId: 'fn-two-sum',
      language: 'python3',
      code: SOLVED,
      stdin: '[[3, 2, 4], 6]\n[[1, 5, 9]]\n',
    });
    assert.match(bad.json.outcome.message, /^line 2: /);
  });

  test('custom input that does not fit the signature gets a message saying what is expected', async () => {
    const run = await client.post('/api/v1/runs', {
      problemId: 'fn-two-sum',
      language: 'python3',
      code: SOLVED,
      stdin: '[1, 2, 3]',
    });
    assert.equal(run.status, 200, JSON.stringify(run.json));
    assert.equal(run.json.outcome.run, null);
    assert.match(run.json.outcome.message, /argument/);
    // the user's input, not Verdict's failure
    assert.equal(run.json.outcome.status, 'input-error');
  });

  test('unparseable custom input names the argument that failed and why', async () => {
    const cases: [string, RegExp][] = [
      ['[[3, 2, 4,], 6]', /argument 1 \(nums\) "\[3, 2, 4,\]": .*character/],
      ['[[3, 2, 4], six]', /argument 2 \(target\) "six"/],
      [
        '[[3, "2", 4], 6.5]',
        /argument 1 \(nums\).*item 2: expected an integer, got the string "2".*argument 2 \(target\).*the number 6\.5/,
      ],
      ['[[1, 99999999999], 6]', /argument 1 \(nums\).*item 2: 99999999999 does not fit a 32-bit int/],
    ];
    for (const [stdin, message] of cases) {
      const run = await client.post('/api/v1/runs', {
        problemId: 'fn-two-sum',
        language: 'python3',
        code: SOLVED,
        stdin,
      });
      assert.equal(run.status, 200, JSON.stringify(run.json));
      assert.equal(run.json.outcome.status, 'input-error', `${stdin}: ${JSON.stringify(run.json.outcome)}`);
      assert.match(run.json.outcome.message, message, stdin);
    }
  });
});
