// The practice flow in a real browser against a real `verdict start`: register, find a problem,
// run a wrong solution on custom input, submit it (WA), fix it (AC), and see the problem
// completed in the list and on the dashboard. Every page is photographed in the light and the
// dark theme, at desktop and phone width, into e2e/artifacts/. Any console error fails the test.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { packProblemDir } from '@verdict/problems';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WEB = join(ROOT, 'apps/web');
const ARTIFACTS = join(WEB, 'e2e/artifacts');
const PROBLEM = 'pair-sum-count';
const SUBMISSIONS = join(ROOT, 'problems', PROBLEM, 'submissions');
const SERVER_START_MS = 90_000;
const BUILD_MS = 180_000;
/** A verdict of a Python submission on 26 tests, with room for a busy machine. */
const VERDICT_MS = 90_000;
const STEP_MS = 15_000;
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

let server: ChildProcess | undefined;
let serverLog = '';
let dataDir = '';
let base = '';
let browser: Browser | undefined;
const consoleErrors: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The built app, built now when missing (./run builds it before the tests). */
function ensureBuilt(): void {
  if (existsSync(join(WEB, 'dist/index.html'))) return;
  const build = spawnSync('npm', ['run', 'build', '-w', '@verdict/web'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: BUILD_MS,
  });
  assert.equal(build.status, 0, `building the web app failed:\n${build.stdout}\n${build.stderr}`);
}

/** Starts `verdict start` and resolves once it says where it listens. */
async function startServer(): Promise<void> {
  dataDir = await mkdtemp(join(tmpdir(), 'verdict-web-e2e-'));
  const port = await freePort();
  server = spawn(
    process.execPath,
    [join(ROOT, 'apps/cli/bin/verdict.js'), 'start', '--port', String(port), '--data', dataDir],
    {
      cwd: ROOT,
      // ada is an admin, so the author pages can be walked through too
      env: { ...process.env, VERDICT_LANGUAGES: 'python3,cpp17', VERDICT_ADMINS: 'ada', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const child = server;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`verdict start did not come up:\n${serverLog}`)), SERVER_START_MS);
    const onData = (chunk: Buffer) => {
      serverLog += chunk.toString();
      if (/Verdict is running at /.test(serverLog)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      serverLog += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`verdict start exited with ${code}:\n${serverLog}`));
    });
  });
  base = `http://127.0.0.1:${port}`;
}

async function stopServer(): Promise<void> {
  const child = server;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

before(async () => {
  // no skipping: without the browser the test fails and says how to get it
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium (./run install does)`);
  ensureBuilt();
  await rm(ARTIFACTS, { recursive: true, force: true });
  await mkdir(ARTIFACTS, { recursive: true });
  await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
});

after(async () => {
  await browser?.close();
  await stopServer();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function watchConsole(page: Page, label: string): void {
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${label}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${label}: uncaught ${error.message}`));
  // the app must run under its Content-Security-Policy: a page without one, or anything it blocks, fails the test
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'document') return;
    if (!response.headers()['content-security-policy']) consoleErrors.push(`${label}: no CSP on ${response.url()}`);
  });
}

async function newPage(context: BrowserContext, label: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    ),
  );
  watchConsole(page, label);
  return page;
}

/** Photographs the page in the light and the dark theme (switched the way the theme button does). */
async function shoot(page: Page, name: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((value) => {
      document.documentElement.dataset.theme = value;
    }, theme);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${theme}.png`), fullPage: true, animations: 'disabled' });
  }
  await page.evaluate(() => {
    document.documentElement.dataset.theme = 'light';
  });
}

/** Replaces the editor's text the way a paste would (typing would trip auto-indent and bracket closing). */
async function setCode(page: Page, code: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  await page.waitForFunction(
    (expected) => {
      const lines = [...document.querySelectorAll('.cm-content .cm-line')].map((line) => line.textContent ?? '');
      return lines.join('\n').trim() === expected.trim();
    },
    code,
    { timeout: STEP_MS },
  );
}

/** Nothing on the page is wider than the phone's screen (no sideways scrolling). */
async function assertFitsPhone(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${page.url()} is ${overflow}px wider than a phone`);
}

async function waitForVerdict(page: Page, verdict: string): Promise<void> {
  await page.locator(`[data-testid="verdict-panel"][data-verdict]`).waitFor({ timeout: VERDICT_MS });
  const shown = await page.locator('[data-testid="verdict-panel"]').getAttribute('data-verdict');
  assert.equal(shown, verdict, `the verdict panel shows ${shown}, expected ${verdict}`);
}

test('register, run, WA, AC, completed: in a real browser', { timeout: 420_000 }, async () => {
  assert.ok(browser);
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await newPage(context, 'desktop');
  const wrong = await readFile(join(SUBMISSIONS, 'wrong_answer/counts-self-pairs.py'), 'utf8');
  const right = await readFile(join(SUBMISSIONS, 'accepted/counter.py'), 'utf8');

  // signed out: the home page and the list
  await page.goto(`${base}/`);
  await page.getByRole('heading', { name: /get the verdict/i }).waitFor();
  await page
    .getByRole('heading', { name: /Problem of the day/i })
    .waitFor({ state: 'attached' })
    .catch(() => {});
  await page.locator('.daily-card h2 a').waitFor();
  await shoot(page, '01-home-signed-out');
  await page.goto(`${base}/problems`);
  await page.locator(`tr[data-problem="${PROBLEM}"]`).waitFor();
  await shoot(page, '01-problems-signed-out');
  await page.goto(`${base}/login`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await shoot(page, '02-login');

  // register
  await page.goto(`${base}/register`);
  await page.getByLabel('Username').fill('ada');
  await page.getByLabel('Email').fill('ada@example.com');
  await page.getByLabel('Password').fill('correct horse battery');
  await shoot(page, '03-register');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${base}/problems`);

  // find the problem
  const row = page.locator(`tr[data-problem="${PROBLEM}"]`);
  await row.waitFor();
  const listed = await page.locator('tbody tr').count();
  await page.getByRole('searchbox', { name: 'Search problems' }).fill('pairs add up');
  await page.waitForFunction((before) => document.querySelectorAll('tbody tr').length < before, listed);
  await row.waitFor();
  await shoot(page, '04-problems-search');
  await row.getByRole('link').click();
  await page.waitForURL(`${base}/problems/${PROBLEM}`);
  await page.getByRole('heading', { name: 'Pairs That Add Up' }).waitFor();
  await page.locator('.cm-content').waitFor();
  await page.locator('.statement .katex').first().waitFor();
  await page.getByTestId('language').selectOption('python3');
  await shoot(page, '05-problem');

  // a wrong solution, run on custom input: its output differs from the reference's
  await setCode(page, wrong);
  await page.getByTestId('stdin').fill('4 2\n1 1 1 1\n');
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+Enter');
  const diff = page.getByTestId('run-diff');
  await diff.waitFor({ timeout: VERDICT_MS });
  assert.match((await diff.textContent()) ?? '', /differ/);
  assert.match((await diff.textContent()) ?? '', /10/);
  await shoot(page, '06-run-custom-input');

  // submitted: wrong answer, on a sample test shown with its input
  await page.getByRole('button', { name: 'Submit' }).click();
  await waitForVerdict(page, 'WA');
  assert.match((await page.getByTestId('verdict-panel').textContent()) ?? '', /Wrong Answer/);
  await shoot(page, '07-wrong-answer');

  // fixed, submitted with the keyboard: accepted
  await setCode(page, right);
  await page.keyboard.press('ControlOrMeta+Shift+Enter');
  await waitForVerdict(page, 'AC');
  await page
    .getByTestId('rank')
    .waitFor({ timeout: STEP_MS })
    .catch(() => {});
  await page.waitForFunction(
    () =>
      (document.querySelector('[data-testid="progress-status"]') as HTMLSelectElement | null)?.value === 'completed',
  );
  await shoot(page, '08-accepted');
  await page.getByRole('tab', { name: 'Submissions' }).click();
  await page.locator('.submission-table tbody tr').nth(1).waitFor();
  await page.locator('.submission-table .row-button').first().click();
  await page.locator('.submission-code pre').waitFor();
  await shoot(page, '09-submission-history');

  // completed in the list and on the dashboard
  await page.goto(`${base}/problems`);
  await page.locator(`tr[data-problem="${PROBLEM}"] [aria-label="Solved"]`).waitFor();
  await shoot(page, '10-problems-solved');
  await page.goto(`${base}/`);
  await page.locator(`[data-testid="my-problems"] li[data-problem="${PROBLEM}"][data-status="completed"]`).waitFor();
  await shoot(page, '11-dashboard');

  // the rest of the pages
  await page.goto(`${base}/me`);
  await page.getByRole('heading', { name: 'Activity' }).waitFor();
  await shoot(page, '12-profile');

  // author: upload a package, preview it, publish it
  const pack = await packProblemDir(join(ROOT, 'problems-fixtures/sum'));
  await page.goto(`${base}/author`);
  await page.getByRole('heading', { name: 'Problem management' }).waitFor();
  await page.getByLabel('Package (.zip)').setInputFiles({
    name: 'sum.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(pack.bytes),
  });
  await page.getByLabel('Slug').fill('e2e-sum');
  await page.getByRole('button', { name: 'Upload' }).click();
  const manager = page.getByTestId('my-problem-e2e-sum');
  await manager.getByTestId('problem-state').getByText('draft').waitFor();
  await shoot(page, '13-author-uploaded');
  await manager.getByRole('button', { name: 'Publish' }).click();
  await manager.getByTestId('problem-state').getByText('published').waitFor();
  await shoot(page, '14-author-published');
  await page.goto(`${base}/no-such-page`);
  await page.getByRole('heading', { name: 'This page does not exist' }).waitFor();
  await shoot(page, '15-not-found');

  // a phone's width, signed in (the cookie is shared by the context's pages)
  const phone = await browser.newContext({ viewport: PHONE, storageState: await context.storageState() });
  const small = await newPage(phone, 'phone');
  await small.goto(`${base}/`);
  await small.locator(`[data-testid="my-problems"] li[data-problem="${PROBLEM}"]`).waitFor();
  await small.locator('.daily-card h2 a').waitFor();
  await shoot(small, '20-phone-dashboard');
  await assertFitsPhone(small);
  await small.goto(`${base}/problems`);
  await small.locator(`tr[data-problem="${PROBLEM}"]`).waitFor();
  await shoot(small, '21-phone-problems');
  await assertFitsPhone(small);
  await small.goto(`${base}/problems/${PROBLEM}`);
  await small.locator('.cm-content').waitFor();
  await shoot(small, '22-phone-problem');
  await assertFitsPhone(small);
  await small.goto(`${base}/me`);
  await small.getByRole('heading', { name: 'Activity' }).waitFor();
  await shoot(small, '23-phone-profile');
  await assertFitsPhone(small);
  await phone.close();
  await context.close();

  assert.deepEqual(consoleErrors, [], `console errors:\n${consoleErrors.join('\n')}`);
});
