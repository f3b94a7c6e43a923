import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import { exists, inside } from './polygon-files.ts';
import type { PolygonProblem } from './polygon-model.ts';
import type { PackageIssue } from './types.ts';

/** Polygon solution tags → submissions/ folders; rejected and the "or" tags have rules in submissions.yaml. */
const SOLUTION_FOLDERS: Record<string, string> = {
  main: 'accepted',
  accepted: 'accepted',
  'wrong-answer': 'wrong_answer',
  'presentation-error': 'wrong_answer',
  'time-limit-exceeded': 'time_limit_exceeded',
  'memory-limit-exceeded': 'run_time_error',
  failed: 'run_time_error',
  rejected: 'rejected',
  'time-limit-exceeded-or-accepted': 'time_limit_exceeded_or_accepted',
  'time-limit-exceeded-or-memory-limit-exceeded': 'time_or_memory_limit_exceeded',
};
const SUBMISSION_RULES: Record<string, Record<string, string[]>> = {
  time_limit_exceeded_or_accepted: { permitted: ['AC', 'TLE'] },
  time_or_memory_limit_exceeded: { permitted: ['AC', 'TLE', 'RTE'], required: ['TLE', 'RTE'] },
};

/** Copies the solutions into submissions/<folder>/ by their tags, with submissions.yaml when a tag needs rules. */
export async function writeSolutions(
  packageDir: string,
  outDir: string,
  problem: PolygonProblem,
  issues: PackageIssue[],
) {
  const rules: Record<string, Record<string, string[]>> = {};
  let yamlNeeded = false;
  for (const solution of problem.solutions) {
    const folder = SOLUTION_FOLDERS[solution.tag];
    if (folder === undefined) {
      issues.push({
        severity: 'warning',
        file: solution.source.path,
        message: `solution tag "${solution.tag}" has no meaning in the package format; the solution is left out`,
      });
      continue;
    }
    const from = inside(packageDir, solution.source.path);
    if (!from || !(await exists(from))) {
      issues.push({
        severity: 'warning',
        file: solution.source.path,
        message: 'named in problem.xml but not in the package; left out',
      });
      continue;
    }
    await mkdir(join(outDir, 'submissions', folder), { recursive: true });
    await copyFile(from, join(outDir, 'submissions', folder, basename(from)));
    if (folder === 'rejected') yamlNeeded = true;
    const rule = SUBMISSION_RULES[folder];
    if (rule) {
      rules[`${folder}/*`] = rule;
      yamlNeeded = true;
    }
  }
  if (!yamlNeeded) return;
  const text = `# Polygon's solution tags: rejected and the "or" tags as rules (the default folders keep their meaning)\n${Object.keys(rules).length > 0 ? stringify(rules) : '{}\n'}`;
  await writeFile(join(outDir, 'submissions', 'submissions.yaml'), text);
}
