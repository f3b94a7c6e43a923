import { readFile } from 'node:fs/promises';
import { chooseLanguage, functionSources } from '@verdict/judge';
import { compileProgram, type Language, type Program, type SourceFile } from '@verdict/languages';
import type { Problem } from '@verdict/problems';
import type { Sandbox } from '@verdict/sandbox';
import type { WorkerLogger } from './logger.ts';

/** How many accepted submissions are tried before a problem is taken to have no usable reference. */
const MAX_REFERENCE_ATTEMPTS = 3;

/**
 * Which reference solution runs fastest and most predictably: C++, then C, then other compiled
 * languages, then Python, then the rest (interpreters start slower and vary more).
 */
export function referenceRank(language: Language): number {
  if (language.id.startsWith('cpp')) return 0;
  if (language.id === 'c') return 1;
  if (language.compile !== undefined) return 2;
  if (language.id.startsWith('python') || language.id.startsWith('pypy')) return 3;
  return 4;
}

/** The accepted submissions this worker can run, best first (see referenceRank), then by path. */
export function referenceCandidates(problem: Problem, languages: readonly Language[]) {
  const candidates = [];
  for (const submission of problem.submissions) {
    if (submission.expected !== 'accepted') continue;
    const choice = chooseLanguage(languages, submission.files);
    if (choice.ok) candidates.push({ path: submission.path, choice, rank: referenceRank(choice.language) });
  }
  return candidates.sort((a, b) => a.rank - b.rank || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Compiles the problem's reference solution: the best accepted submission that builds here.
 * Null when there is none; the run then shows no expected output. Throws on sandbox failures.
 */
export async function compileReference(options: {
  sandbox: Sandbox;
  languages: readonly Language[];
  problem: Problem;
  logger: WorkerLogger;
}): Promise<Program | null> {
  const { sandbox, problem, logger } = options;
  for (const candidate of referenceCandidates(problem, options.languages).slice(0, MAX_REFERENCE_ATTEMPTS)) {
    const { choice } = candidate;
    const entry = choice.entry;
    const files: SourceFile[] = [{ name: entry.name, content: await readFile(entry.path) }];
    for (const file of choice.files) {
      if (file !== entry) files.push({ name: file.name, content: await readFile(file.path) });
    }
    // a function problem's reference is a class or function too: it runs with the generated driver
    let sources = files;
    if (problem.function) {
      const built = functionSources(problem.function, choice.language, files);
      if (!built.ok) continue;
      sources = built.files;
    }
    // a SandboxError propagates: the sandbox is at fault, not this candidate
    const program = await compileProgram({ sandbox, language: choice.language, files: sources });
    if (program.ok) return program;
    await program.dispose();
    logger.warn(
      { problem: problem.id, path: candidate.path, compileOutput: program.compile?.stderr.slice(0, 2_000) },
      'the reference solution does not compile here',
    );
  }
  return null;
}
