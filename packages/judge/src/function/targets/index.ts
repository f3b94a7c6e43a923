import type { SourceFile } from '@verdict/languages';
import type { FunctionSignature } from '@verdict/problems';
import type { FunctionTarget } from './common.ts';
import { cppTarget } from './cpp.ts';
import { csharpTarget } from './csharp.ts';
import { goTarget } from './go.ts';
import { javaTarget } from './java.ts';
import { javascriptTarget, typescriptTarget } from './javascript.ts';
import { kotlinTarget } from './kotlin.ts';
import { pythonTarget } from './python.ts';
import { rubyTarget } from './ruby.ts';
import { rustTarget } from './rust.ts';

const TARGETS: readonly FunctionTarget[] = [
  pythonTarget,
  javascriptTarget,
  typescriptTarget,
  javaTarget,
  cppTarget,
  goTarget,
  csharpTarget,
  kotlinTarget,
  rustTarget,
  rubyTarget,
];

/** Ids of the languages a function problem can be solved in. */
export const FUNCTION_LANGUAGES: readonly string[] = TARGETS.flatMap((target) => target.languages);

export function functionTarget(languageId: string): FunctionTarget | undefined {
  return TARGETS.find((target) => target.languages.includes(languageId));
}

/**
 * The code shown in the editor for a function problem in one language, or null when the
 * language has no driver for function problems.
 *
 * @example
 * starterCode(problem.function, 'python3') // 'class Solution:\n    def twoSum(self, nums: List[int], ...'
 */
export function starterCode(signature: FunctionSignature, languageId: string): string | null {
  return functionTarget(languageId)?.starter(signature) ?? null;
}

/** The user's code with the generated driver, as files for compileProgram; null when unsupported. */
export function functionProgram(
  signature: FunctionSignature,
  languageId: string,
  userCode: string,
): SourceFile[] | null {
  return functionTarget(languageId)?.program(signature, userCode) ?? null;
}
