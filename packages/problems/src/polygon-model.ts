import { child, childrenNamed, parseXml, type XmlElement, XmlError } from './polygon-xml.ts';
import type { PackageIssue } from './types.ts';

/**
 * What Verdict reads of a Codeforces Polygon package's problem.xml (the package Polygon
 * builds): names, the "tests" testset (limits, path patterns, tests with their method,
 * generator command, sample flag, group and points; groups with their points policy),
 * checker, validators, interactor, generators (executables), resources, solutions with
 * their tags, statements and tags.
 */
export interface PolygonSource {
  /** Relative to the package root, e.g. files/check.cpp. */
  path: string;
  /** Polygon's language id, e.g. cpp.g++17, python.3; null when absent. */
  type: string | null;
}

export interface PolygonTest {
  /** 1-based, as the path patterns number the files. */
  index: number;
  method: 'manual' | 'generated';
  /** A generated test's command line, e.g. "gen 10 3": the generator's name and its arguments. */
  cmd: string | null;
  sample: boolean;
  group: string | null;
  points: number | null;
}

export interface PolygonGroup {
  name: string;
  /** complete-group: the group's points only when every test passes; each-test: each passed test's points. */
  pointsPolicy: 'complete-group' | 'each-test';
  points: number | null;
  dependencies: string[];
}

export interface PolygonTestset {
  name: string;
  timeLimitMs: number | null;
  memoryBytes: number | null;
  inputPattern: string;
  answerPattern: string;
  tests: PolygonTest[];
  groups: PolygonGroup[];
}

export interface PolygonProblem {
  shortName: string | null;
  /** Polygon language names (english, russian, ...) to the problem's name. */
  names: { language: string; value: string }[];
  /** Non-empty when the program reads or writes a named file instead of stdin/stdout. */
  inputFile: string;
  outputFile: string;
  testset: PolygonTestset | null;
  /** Other testsets (pretests, ...): not converted. */
  otherTestsets: string[];
  checker: { name: string | null; source: PolygonSource | null } | null;
  validators: PolygonSource[];
  interactor: PolygonSource | null;
  /** Programs the tests' generator commands name (files/gen.cpp is "gen"). */
  executables: PolygonSource[];
  resources: string[];
  solutions: { tag: string; source: PolygonSource }[];
  statements: { language: string; path: string; type: string | null }[];
  tags: string[];
}

const DEFAULT_INPUT_PATTERN = 'tests/%02d';
const DEFAULT_ANSWER_PATTERN = 'tests/%02d.a';

function sourceOf(element: XmlElement | undefined): PolygonSource | null {
  const source = child(element, 'source');
  const path = source?.attributes.path;
  if (!path) return null;
  return { path, type: source?.attributes.type ?? null };
}

function numberOrNull(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function readTestset(element: XmlElement, issues: PackageIssue[]): PolygonTestset {
  const tests = childrenNamed(child(element, 'tests'), 'test').map((test, position): PolygonTest => {
    const method = test.attributes.method === 'generated' ? 'generated' : 'manual';
    return {
      index: position + 1,
      method,
      cmd: test.attributes.cmd?.trim() || null,
      sample: test.attributes.sample === 'true',
      group: test.attributes.group ?? null,
      points: numberOrNull(test.attributes.points),
    };
  });
  const count = numberOrNull(child(element, 'test-count')?.text);
  if (count !== null && count !== tests.length) {
    issues.push({
      severity: 'warning',
      file: 'problem.xml',
      message: `test-count says ${count} but ${tests.length} <test> elements are listed; the list is used`,
    });
  }
  const groups = childrenNamed(child(element, 'groups'), 'group').map(
    (group): PolygonGroup => ({
      name: group.attributes.name ?? '',
      pointsPolicy: group.attributes['points-policy'] === 'complete-group' ? 'complete-group' : 'each-test',
      points: numberOrNull(group.attributes.points),
      dependencies: childrenNamed(child(group, 'dependencies'), 'dependency')
        .map((dependency) => dependency.attributes.group ?? '')
        .filter((name) => name !== ''),
    }),
  );
  return {
    name: element.attributes.name ?? 'tests',
    timeLimitMs: numberOrNull(child(element, 'time-limit')?.text),
    memoryBytes: numberOrNull(child(element, 'memory-limit')?.text),
    inputPattern: child(element, 'input-path-pattern')?.text || DEFAULT_INPUT_PATTERN,
    answerPattern: child(element, 'answer-path-pattern')?.text || DEFAULT_ANSWER_PATTERN,
    tests,
    groups,
  };
}

/** Reads problem.xml; a file that is not XML is an error issue and gives null. */
export function readPolygonXml(text: string, issues: PackageIssue[]): PolygonProblem | null {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    issues.push({ severity: 'error', file: 'problem.xml', message: `not well-formed XML: ${error.message}` });
    return null;
  }
  if (root.name !== 'problem') {
    issues.push({
      severity: 'error',
      file: 'problem.xml',
      message: `the root element is <${root.name}>, not <problem>`,
    });
    return null;
  }
  const judging = child(root, 'judging');
  const testsets = childrenNamed(judging, 'testset');
  const main = testsets.find((testset) => testset.attributes.name === 'tests') ?? testsets[0];
  const assets = child(root, 'assets');
  const checker = child(assets, 'checker');
  return {
    shortName: root.attributes['short-name'] ?? null,
    names: childrenNamed(child(root, 'names'), 'name').map((name) => ({
      language: name.attributes.language ?? 'english',
      value: name.attributes.value ?? '',
    })),
    inputFile: judging?.attributes['input-file'] ?? '',
    outputFile: judging?.attributes['output-file'] ?? '',
    testset: main ? readTestset(main, issues) : null,
    otherTestsets: testsets.filter((testset) => testset !== main).map((testset) => testset.attributes.name ?? '?'),
    checker: checker ? { name: checker.attributes.name ?? null, source: sourceOf(checker) } : null,
    validators: childrenNamed(child(assets, 'validators'), 'validator')
      .map(sourceOf)
      .filter((source): source is PolygonSource => source !== null),
    interactor: sourceOf(child(assets, 'interactor')),
    executables: childrenNamed(child(root, 'files', 'executables'), 'executable')
      .map(sourceOf)
      .filter((source): source is PolygonSource => source !== null),
    resources: childrenNamed(child(root, 'files', 'resources'), 'file')
      .map((file) => file.attributes.path ?? '')
      .filter((path) => path !== ''),
    solutions: childrenNamed(child(assets, 'solutions'), 'solution').flatMap((solution) => {
      const source = sourceOf(solution);
      return source ? [{ tag: solution.attributes.tag ?? '', source }] : [];
    }),
    statements: childrenNamed(child(root, 'statements'), 'statement').map((statement) => ({
      language: statement.attributes.language ?? 'english',
      path: statement.attributes.path ?? '',
      type: statement.attributes.type ?? null,
    })),
    tags: childrenNamed(child(root, 'tags'), 'tag')
      .map((tag) => tag.attributes.value ?? '')
      .filter((tag) => tag !== ''),
  };
}

/**
 * A test's file from a path pattern: `tests/%02d` and 3 give `tests/03` (printf's %d with an
 * optional zero-padded width, which is what Polygon writes).
 */
export function testPath(pattern: string, index: number): string {
  return pattern.replace(/%(0?)(\d*)d/, (_whole, zero: string, width: string) =>
    String(index).padStart(Number(width || 0), zero ? '0' : ' '),
  );
}
