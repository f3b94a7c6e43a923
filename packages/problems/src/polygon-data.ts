import type { PolygonGroup, PolygonTest, PolygonTestset } from './polygon-model.ts';
import type { PackageIssue } from './types.ts';

/**
 * Where each Polygon test goes in data/ and the testdata.yaml files that give Polygon's
 * scoring the same meaning in the package format's test groups:
 * - sample tests go to data/sample (they score nothing there, as samples usually do in Polygon);
 * - a pass-fail problem (no points anywhere) has every other test in data/secret;
 * - a scoring problem has a folder per Polygon group under data/secret, in Polygon's order:
 *   complete-group gives the group's points only when every test passes (accept_score = the
 *   points on every case, grader min, on_reject break); each-test sums the points of the passed
 *   tests (accept_score = a test's points, grader sum, on_reject continue; a test with other
 *   points than its group's first one gets a subgroup of its own).
 */
export interface PlannedTest {
  test: PolygonTest;
  /** Relative to data/, without extension: "sample/01", "secret/02", "secret/1-easy/03". */
  name: string;
}

export interface DataPlan {
  scoring: boolean;
  tests: PlannedTest[];
  /** Folder relative to data/ → testdata.yaml text. */
  testdata: Map<string, string>;
}

const pad = (index: number) => String(index).padStart(2, '0');

function folderName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'group';
}

/** Group folders in Polygon's order: a numeric prefix when plain names would sort differently. */
function groupFolders(names: string[]): Map<string, string> {
  const plain = names.map(folderName);
  const sorted = [...plain].sort();
  const ordered = plain.every((name, index) => sorted[index] === name) && new Set(plain).size === plain.length;
  const width = String(names.length).length;
  return new Map(
    names.map((name, index) => [
      name,
      ordered ? (plain[index] as string) : `${String(index + 1).padStart(width, '0')}-${plain[index]}`,
    ]),
  );
}

function testdataYaml(lines: Record<string, string | number>, comment: string): string {
  return `# ${comment}\n${Object.entries(lines)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n`;
}

/** Plans data/ for a testset; every decision Verdict cannot carry over is a warning. */
export function planData(testset: PolygonTestset, issues: PackageIssue[]): DataPlan {
  const warn = (message: string) => issues.push({ severity: 'warning', file: 'problem.xml', message });
  const scoring =
    testset.tests.some((test) => (test.points ?? 0) > 0) || testset.groups.some((g) => (g.points ?? 0) > 0);
  const tests: PlannedTest[] = [];
  const testdata = new Map<string, string>();
  const secret = testset.tests.filter((test) => !test.sample);
  for (const test of testset.tests.filter((candidate) => candidate.sample)) {
    tests.push({ test, name: `sample/${pad(test.index)}` });
    if (scoring && (test.points ?? 0) > 0) {
      warn(`test ${test.index} is a sample worth ${test.points} points: samples score nothing in data/sample`);
    }
  }
  if (!scoring) {
    for (const test of secret) tests.push({ test, name: `secret/${pad(test.index)}` });
    return { scoring, tests, testdata };
  }
  testdata.set('', testdata0());
  testdata.set('secret', testdataYaml({ on_reject: 'continue', grader_flags: 'sum' }, 'the groups add up'));
  const byGroup = new Map<string, PolygonTest[]>();
  for (const test of secret) {
    const group = test.group ?? 'tests';
    byGroup.set(group, [...(byGroup.get(group) ?? []), test]);
  }
  const declared = new Map(testset.groups.map((group) => [group.name, group]));
  const folders = groupFolders([...byGroup.keys()]);
  for (const [name, groupTests] of byGroup) {
    const folder = `secret/${folders.get(name)}`;
    const group: PolygonGroup = declared.get(name) ?? {
      name,
      pointsPolicy: 'each-test',
      points: null,
      dependencies: [],
    };
    if (group.dependencies.length > 0) {
      warn(
        `group ${name} depends on ${group.dependencies.join(', ')}: the package format has no dependencies, so it is judged on its own`,
      );
    }
    const pointsOf = (test: PolygonTest) => test.points ?? 0;
    if (group.pointsPolicy === 'complete-group') {
      const total = group.points ?? groupTests.reduce((sum, test) => sum + pointsOf(test), 0);
      testdata.set(
        folder,
        testdataYaml(
          { accept_score: total, on_reject: 'break', grader_flags: 'min' },
          `Polygon group ${name} (complete-group): ${total} points when every test passes`,
        ),
      );
      for (const test of groupTests) tests.push({ test, name: `${folder}/${pad(test.index)}` });
      continue;
    }
    const first = pointsOf(groupTests[0] as PolygonTest);
    testdata.set(
      folder,
      testdataYaml(
        { accept_score: first, on_reject: 'continue', grader_flags: 'sum' },
        `Polygon group ${name} (each-test): the points of every passed test`,
      ),
    );
    for (const test of groupTests) {
      if (pointsOf(test) === first) {
        tests.push({ test, name: `${folder}/${pad(test.index)}` });
        continue;
      }
      // a test worth other points than its group's first one: a subgroup of its own
      const own = `${folder}/${pad(test.index)}`;
      testdata.set(own, testdataYaml({ accept_score: pointsOf(test) }, `test ${test.index}: ${pointsOf(test)} points`));
      tests.push({ test, name: `${own}/${pad(test.index)}` });
    }
  }
  return { scoring, tests, testdata };
}

function testdata0(): string {
  return testdataYaml({ on_reject: 'continue' }, 'Polygon judges every test: a failed sample does not stop the rest');
}
