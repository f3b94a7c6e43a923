import { parseArgs } from 'node:util';
import { FUNCTION_LANGUAGES, starterCode } from '@verdict/judge';
import { PackageNotFoundError, readProblem } from '@verdict/problems';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../cli-support.ts';

export const STARTER_USAGE = `verdict starter <problem-dir> --lang ID

Prints the starter code of a function problem (problem.yaml \`function:\`) in one language: the
class or function to fill in, as the editor shows it. Exit code 1 for a stdin/stdout problem,
which has no signature to start from.
  --lang ID   one of ${FUNCTION_LANGUAGES.join(', ')}`;

export async function starterCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { lang: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  const [problemDir, extra] = positionals;
  if (problemDir === undefined) throw new UsageError('give a problem folder');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  if (values.lang === undefined) throw new UsageError(`give --lang, one of ${FUNCTION_LANGUAGES.join(', ')}`);
  let read: Awaited<ReturnType<typeof readProblem>>;
  try {
    read = await readProblem(problemDir);
  } catch (error) {
    if (error instanceof PackageNotFoundError) throw new UsageError(error.message);
    throw error;
  }
  const broken = read.issues.filter((issue) => issue.severity === 'error' && issue.message.startsWith('function:'));
  if (broken.length > 0) {
    process.stderr.write(`${broken.map((issue) => `${issue.file}: ${issue.message}`).join('\n')}\n`);
    return EXIT_FAILED;
  }
  const signature = read.problem.function;
  if (!signature) {
    process.stderr.write(
      `${read.problem.id} is a stdin/stdout problem: it has no function signature (problem.yaml \`function:\`), so no starter code\n`,
    );
    return EXIT_FAILED;
  }
  const code = starterCode(signature, values.lang);
  if (code === null) {
    throw new UsageError(
      `function problems have no driver for "${values.lang}"; languages: ${FUNCTION_LANGUAGES.join(', ')}`,
    );
  }
  process.stdout.write(code);
  return EXIT_OK;
}
