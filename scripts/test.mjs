#!/usr/bin/env node
// The whole test suite, as `./run test` runs it: lint, type check, then every *.test.ts file
// under packages/ and apps/ with node's test runner (files listed explicitly: Node 20's runner
// does not expand globs). With --services, the suites that need PostgreSQL, NATS and Redis
// (*.service.test.ts) run too, after the services are checked or started.
// Test files run one at a time: the sandbox tests count processes and cgroups of the run uids
// on the whole host, which another file's runs would disturb.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureServices } from './services.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const withServices = args.includes('--services');
const unknown = args.filter((arg) => arg !== '--services');
if (unknown.length > 0) {
  console.error(`test: unknown option ${unknown[0]}; usage: ./run test [--services]`);
  process.exit(2);
}

function findTests(dir, found = []) {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) findTests(path, found);
    else if (entry.endsWith('.test.ts')) found.push(relative(root, path));
  }
  return found;
}

const allTests = ['packages', 'apps'].flatMap((dir) => findTests(join(root, dir))).sort();
const unitTests = allTests.filter((file) => !file.endsWith('.service.test.ts'));
const serviceTests = allTests.filter((file) => file.endsWith('.service.test.ts'));

// every problem package under problems-fixtures/ (the judge's feature fixtures) and problems/
// (the built-in catalog) is verified as `verdict verify` does it
function packagesIn(folder) {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((entry) => statSync(join(dir, entry)).isDirectory())
    .sort()
    .map((entry) => `${folder}/${entry}`);
}
const fixtures = packagesIn('problems-fixtures');
const catalog = packagesIn('problems');

const steps = [
  { name: 'lint and format (biome)', argv: ['node_modules/.bin/biome', 'check', '.'] },
  { name: 'type check (tsc)', argv: ['node_modules/.bin/tsc', '-p', 'tsconfig.json'] },
  // the browser app has its own settings (DOM types, JSX), so it is checked as its own project
  { name: 'type check the web app (tsc)', argv: ['node_modules/.bin/tsc', '-p', 'apps/web/tsconfig.json'] },
  {
    name: `unit and sandbox tests (${unitTests.length} files)`,
    argv: ['node', '--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...unitTests],
  },
  {
    name: `verify the fixture problem packages (${fixtures.length})`,
    lanes: verifyLanes(fixtures),
    missing: 'no problems-fixtures/ folder',
  },
  {
    name: `verify the built-in catalog (${catalog.length} problems)`,
    lanes: verifyLanes(catalog),
    missing: 'no problems/ folder',
  },
];

/**
 * `verdict verify` over the packages, split into one lane per core: most of a verification is
 * waiting on one-core programs (and the time limits of too-slow submissions), so lanes in
 * parallel finish sooner. The sandbox tests never run at the same time as these.
 */
function verifyLanes(packages) {
  if (packages.length === 0) return null;
  const count = Math.max(1, Math.min(availableParallelism(), packages.length));
  const lanes = Array.from({ length: count }, () => []);
  for (const [index, entry] of packages.entries()) lanes[index % count].push(entry);
  return lanes.map((lane) => ['node', 'apps/cli/bin/verdict.js', 'verify', ...lane]);
}

/** Runs the lanes at once; each lane's output is printed whole when it ends, so lanes never interleave. */
function runLanes(lanes) {
  return Promise.all(
    lanes.map(
      (argv) =>
        new Promise((resolve) => {
          const child = spawn(argv[0], argv.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
          const output = [];
          child.stdout.on('data', (chunk) => output.push(chunk));
          child.stderr.on('data', (chunk) => output.push(chunk));
          child.on('close', (code) => {
            process.stdout.write(Buffer.concat(output));
            resolve(code === 0);
          });
        }),
    ),
  ).then((oks) => oks.every(Boolean));
}

if (withServices) {
  steps.push({
    name: `service-backed tests (${serviceTests.length} files)`,
    before: ensureServices,
    argv:
      serviceTests.length > 0 ? ['node', '--import', 'tsx', '--test', '--test-concurrency=1', ...serviceTests] : null,
  });
}

const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}`);
  const started = Date.now();
  let ok = true;
  try {
    step.before?.();
    if (step.lanes) {
      ok = await runLanes(step.lanes);
    } else if (step.argv) {
      const run = spawnSync(step.argv[0], step.argv.slice(1), { cwd: root, stdio: 'inherit' });
      ok = run.status === 0;
    } else {
      console.log(step.missing);
    }
  } catch (error) {
    console.error(error.message);
    ok = false;
  }
  results.push({ name: step.name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}

console.log('\n=== summary');
for (const result of results) console.log(`${result.ok ? 'ok    ' : 'FAILED'}  ${result.name}  (${result.seconds} s)`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
