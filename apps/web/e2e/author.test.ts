// The author and admin flow in a real browser against a real `verdict start`: an admin grants the
// author role on /admin (no restart), the author uploads a broken package and sees its own errors
// (no server paths), uploads a package with a statement figure, finds it on /author as a draft,
// previews it (draft banner, the figure served from the package, the remote image a link),
// publishes it from the banner, unpublishes and deletes it. Screenshots go to e2e/artifacts/.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { packFiles, packProblemDir } from '@verdict/problems';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WEB = join(ROOT, 'apps/web');
const ARTIFACTS = join(WEB, 'e2e/artifacts');
const SERVER_START_MS = 90_000;
const BUILD_MS = 180_000;
const STEP_MS = 15_000;
const DESKTOP = { width: 1280, height: 860 };

let server: ChildProcess | undefined;
let serverLog = '';
let dataDir = '';
let base = '';
let browser: Browser | undefined;
const consoleErrors: string[] = [];
const remoteRequests: string[] = [];

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

function ensureBuilt(): void {
  if (existsSync(join(WEB, 'dist/index.html'))) return;
  const build = spawnSync('npm', ['run', 'build', '-w', '@verdict/web'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: BUILD_MS,
  });
  assert.equal(build.status, 0, `building the web app failed:\n${build.stdout}\n${build.stderr}`);
}

async function startServer(): Promise<void> {
  dataDir = await mkdtemp(join(tmpdir(), 'verdict-web-author-'));
  const port = await freePort();
  server = spawn(
    process.execPath,
    [join(ROOT, 'apps/cli/bin/verdict.js'), 'start', '--port', String(port), '--data', dataDir],
    {
      cwd: ROOT,
      // boss is the only admin; setter becomes an author through the admin page
      env: { ...process.env, VERDICT_LANGUAGES: 'python3', VERDICT_ADMINS: 'boss', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const child = server;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`verdict start did not come up:\n${serverLog}`)), SERVER_START_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      serverLog += chunk.toString();
      if (/Verdict is running at /.test(serverLog)) {
        clearTimeout(timer);
        resolve();
      }
    });
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
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium (./run install does)`);
  ensureBuilt();
  await mkdir(ARTIFACTS, { recursive: true });
  await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
});

after(async () => {
  await browser?.close();
  await stopServer();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function newPage(context: BrowserContext, label: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${label}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${label}: uncaught ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(base)) remoteRequests.push(request.url());
  });
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `author-${name}.png`), fullPage: true, animations: 'disabled' });
}

async function register(page: Page, username: string): Promise<void> {
  await page.goto(`${base}/register`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Email').fill(`${username}@example.com`);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${base}/problems`);
}

async function uploadZip(page: Page, name: string, bytes: Uint8Array, slug: string): Promise<void> {
  await page
    .getByLabel('Package (.zip)')
    .setInputFiles({ name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });
  await page.getByLabel('Slug').fill(slug);
  await page.getByRole('button', { name: 'Upload' }).click();
}

test('an admin makes an author; the author uploads, previews, publishes and deletes', {
  timeout: 240_000,
}, async () => {
  assert.ok(browser);
  const adminContext = await browser.newContext({ viewport: DESKTOP });
  const admin = await newPage(adminContext, 'admin');
  const authorContext = await browser.newContext({ viewport: DESKTOP });
  const author = await newPage(authorContext, 'author');
  await register(admin, 'boss');
  await register(author, 'setter');

  // a plain user has no author page yet
  await author.goto(`${base}/author`);
  await author.getByRole('heading', { name: 'Authors only' }).waitFor();

  // the admin grants the role on /admin
  await admin.goto(`${base}/admin`);
  await admin.getByRole('heading', { name: 'Users and roles' }).waitFor();
  await admin.getByTestId('user-setter').waitFor();
  await admin.getByLabel('Search').fill('sett');
  await admin.getByRole('button', { name: 'Search' }).click();
  await admin.waitForFunction(() => document.querySelectorAll('.users-table tbody tr').length === 1);
  await admin.getByLabel('Role of setter').selectOption('author');
  await admin.waitForResponse((response) => response.url().endsWith('/api/v1/users/setter/role'));
  await shoot(admin, '01-admin-users');
  // the last admin cannot step down
  admin.once('dialog', (dialog) => void dialog.accept());
  await admin.getByLabel('Search').fill('');
  await admin.getByRole('button', { name: 'Search' }).click();
  await admin.getByLabel('Role of boss').selectOption('user');
  await admin.getByText(/last admin/).waitFor();
  await shoot(admin, '02-admin-last-admin');

  // the author: a broken package shows its own errors, file by file, and no server path
  await author.goto(`${base}/author`);
  await author.getByRole('heading', { name: 'Problem management' }).waitFor();
  await author.getByText(/No problems yet/).waitFor();
  const broken = packFiles(new Map([['data/secret/1.in', new TextEncoder().encode('1 2\n')]])).bytes;
  await uploadZip(author, 'broken.zip', broken, 'broken');
  const errors = author.getByTestId('package-errors');
  await errors.waitFor();
  const errorText = (await errors.textContent()) ?? '';
  assert.match(errorText, /problem\.yaml/);
  assert.doesNotMatch(errorText, /\/tmp\/|verdict-import|Something went wrong/);
  await shoot(author, '03-bad-package');

  // a package with a figure: a draft in my problems
  const figure = await packProblemDir(join(ROOT, 'problems-fixtures/statement-figure'));
  await uploadZip(author, 'statement-figure.zip', figure.bytes, 'statement-figure');
  const row = author.getByTestId('my-problem-statement-figure');
  await row.getByTestId('problem-state').getByText('draft').waitFor();
  await shoot(author, '04-my-problems-draft');

  // preview: the draft banner, the figure from the package, the remote image only a link
  await row.getByRole('link', { name: 'Preview' }).click();
  await author.waitForURL(`${base}/problems/statement-figure`);
  await author.getByTestId('draft-banner').waitFor();
  const image = author.locator('.statement img[src$="/assets/figure.png"]');
  await image.waitFor();
  await author.waitForFunction(
    () =>
      (document.querySelector('.statement img[src$="/assets/figure.png"]') as HTMLImageElement | null)?.naturalWidth ===
      48,
  );
  assert.equal(await author.locator('.statement img[src^="http"]').count(), 0);
  await author
    .locator('.statement a.remote-image')
    .getByText(/remote image, not loaded/)
    .waitFor();
  await author.locator('.cm-content').waitFor();
  await shoot(author, '05-draft-preview');

  // publish from the banner, then manage it from /author: unpublish, delete
  await author.getByTestId('draft-banner').getByRole('button', { name: 'Publish' }).click();
  await author.getByText('Everyone can now find and solve this problem.').waitFor();
  await author.getByRole('link', { name: 'Author' }).click();
  const published = author.getByTestId('my-problem-statement-figure');
  await published.getByTestId('problem-state').getByText('published').waitFor();
  assert.equal(await published.getByRole('button', { name: 'Delete' }).isDisabled(), true);
  await shoot(author, '06-my-problems-published');
  await published.getByRole('button', { name: 'Unpublish' }).click();
  await published.getByTestId('problem-state').getByText('draft').waitFor();
  author.once('dialog', (dialog) => void dialog.accept());
  await published.getByRole('button', { name: 'Delete' }).click();
  await author.getByText(/No problems yet/).waitFor();
  await shoot(author, '07-my-problems-deleted');

  await adminContext.close();
  await authorContext.close();
  assert.deepEqual(remoteRequests, [], 'the browser asked another site for something');
  // the last-admin refusal is an answer the page shows, not a console error; nothing else may fail
  const unexpected = consoleErrors.filter(
    (line) => !/409 \(Conflict\)/.test(line) && !/400 \(Bad Request\)/.test(line),
  );
  assert.deepEqual(unexpected, [], `console errors:\n${unexpected.join('\n')}`);
});
