import { readFile } from 'node:fs/promises';
import type { FunctionParam, FunctionSignature, Problem, TestCase, TestGroup } from '@verdict/problems';
import { JudgeSetupError } from '../errors.ts';
import { isJsonObject, type Json, JsonSyntaxError, parseJson, stringifyJson } from './json.ts';
import { describeType, explainMismatch, isValueOf } from './values.ts';

/** One test of a function problem, read and checked against the signature. */
export interface FunctionTest {
  name: string;
  /** The line the driver reads: the JSON arguments, or for a class design the calls `[["LRUCache",2],["get",1]]`. */
  line: string;
  expected: Json;
  /** Class design: the name of each call, for messages. */
  calls: string[] | null;
}

/** A function problem made ready for many submissions: its tests read and checked. */
export interface PreparedFunction {
  signature: FunctionSignature;
  /** In the order the judge walks the data tree (a group's cases, then its subgroups). */
  tests: FunctionTest[];
  /** Position in `tests` of each test case, by its input file. */
  indexByInput: Map<string, number>;
}

function casesInJudgeOrder(group: TestGroup, into: TestCase[] = []): TestCase[] {
  into.push(...group.cases);
  for (const child of group.groups) casesInJudgeOrder(child, into);
  return into;
}

async function readJson(path: string, label: string): Promise<Json> {
  try {
    return parseJson(await readFile(path, 'utf8'));
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new JudgeSetupError(`${label} is not JSON: ${error.message}`);
    throw error;
  }
}

const paramList = (params: readonly FunctionParam[]) => params.map((param) => param.name).join(', ');

function checkArguments(params: readonly FunctionParam[], args: Json, where: string): Json[] {
  if (!Array.isArray(args) || args.length !== params.length) {
    const got = Array.isArray(args) ? `, got ${args.length}` : '';
    throw new JudgeSetupError(
      `${where} must be a JSON array of ${params.length} argument(s) [${paramList(params)}]${got}`,
    );
  }
  // every argument that does not fit, each with the reason, so one fix covers them all
  const problems = params.flatMap((param, index) => {
    const why = explainMismatch(param.type, args[index] as Json);
    return why === null ? [] : [`argument ${index + 1} (${param.name}) must be ${describeType(param.type)}: ${why}`];
  });
  if (problems.length > 0) throw new JudgeSetupError(`${where}: ${problems.join('; ')}`);
  return args;
}

function functionTest(signature: FunctionSignature & { form: 'function' }, input: Json, answer: Json, name: string) {
  const args = checkArguments(signature.params, input, `${name}.in`);
  const output = signature.output === null ? null : signature.params.find((param) => param.name === signature.output);
  const type = output ? output.type : signature.returns;
  if (type === null ? answer !== null : !isValueOf(type, answer)) {
    throw new JudgeSetupError(
      `${name}.ans must be ${type === null ? 'null (the function is void)' : describeType(type)}`,
    );
  }
  return { name, line: stringifyJson(args), expected: answer, calls: null };
}

/**
 * The calls of a class-design test, `{"ops": [...], "args": [...]}`, each checked against the
 * signature: the constructor first, then known methods with fitting arguments. `where` names the
 * input in messages ("data/secret/1.in", "the input").
 */
function classCalls(signature: FunctionSignature & { form: 'class' }, input: Json, where: string) {
  const ops = isJsonObject(input) ? input.ops : undefined;
  const args = isJsonObject(input) ? input.args : undefined;
  if (!Array.isArray(ops) || !Array.isArray(args) || ops.length !== args.length || ops.length === 0) {
    throw new JudgeSetupError(`${where} must be {"ops": [...], "args": [...]} with one argument list per operation`);
  }
  if (ops[0] !== signature.className) {
    throw new JudgeSetupError(`${where}: the first operation must be the constructor "${signature.className}"`);
  }
  const methods = ops.map((op, index) => {
    const method = index === 0 ? null : signature.methods.find((candidate) => candidate.name === op);
    if (index > 0 && !method)
      throw new JudgeSetupError(`${where} operation ${index + 1}: unknown method ${JSON.stringify(op)}`);
    return method ?? null;
  });
  const calls = ops.map((op, index) => {
    const params = methods[index]?.params ?? signature.constructorParams;
    return [op, ...checkArguments(params, args[index] as Json, `${where} operation ${index + 1}`)];
  });
  return { ops, methods, calls };
}

function classTest(signature: FunctionSignature & { form: 'class' }, input: Json, answer: Json, name: string) {
  const { ops, methods, calls } = classCalls(signature, input, `${name}.in`);
  if (!Array.isArray(answer) || answer.length !== ops.length) {
    throw new JudgeSetupError(`${name}.ans must be an array with one result per operation (null for void)`);
  }
  methods.forEach((method, index) => {
    const returns = method ? method.returns : null;
    const result = answer[index] as Json;
    if (returns === null ? result !== null : !isValueOf(returns, result)) {
      throw new JudgeSetupError(`${name}.ans result ${index + 1} must be ${returns ? describeType(returns) : 'null'}`);
    }
  });
  return { name, line: stringifyJson(calls), expected: answer, calls: ops.map(String) };
}

/**
 * Reads every test of a function problem and checks it against the signature, so a broken
 * package fails once, here, with the file and the reason (JudgeSetupError), not per submission.
 */
export async function prepareFunctionTests(problem: Problem): Promise<PreparedFunction> {
  const signature = problem.function;
  if (!signature) throw new JudgeSetupError('the problem has no function signature');
  const tests: FunctionTest[] = [];
  const indexByInput = new Map<string, number>();
  for (const testCase of casesInJudgeOrder(problem.data)) {
    const label = `data/${testCase.name}`;
    const input = await readJson(testCase.inputFile, `${label}.in`);
    const answer = await readJson(testCase.answerFile, `${label}.ans`);
    indexByInput.set(testCase.inputFile, tests.length);
    tests.push(
      signature.form === 'function'
        ? functionTest(signature, input, answer, label)
        : classTest(signature, input, answer, label),
    );
  }
  return { signature, tests, indexByInput };
}

/**
 * A test made from what a user typed as custom input: the JSON arguments (or, for a class
 * design, `{"ops": [...], "args": [...]}`), checked against the signature. There is no answer:
 * the runner's `got` is what the run shows. Throws JudgeSetupError (a message for the user)
 * when the input does not fit the signature.
 */
export function customFunctionTest(signature: FunctionSignature, text: string): FunctionTest {
  return customTest(signature, parseCustomInput(signature, text));
}

function parseCustomInput(signature: FunctionSignature, text: string): Json {
  try {
    return parseJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const params = signature.form === 'function' ? signature.params : null;
    const argument = params ? unreadableArgument(params, text) : null;
    if (argument) throw new JudgeSetupError(`the input is not JSON: ${argument}; the samples show the format`);
    throw new JudgeSetupError(`the input must be JSON (${error.message}); the samples show the format`);
  }
}

/**
 * Which argument of `[a, b, ...]` is not JSON, and why: the array is cut at its top-level commas
 * and each piece parsed alone. null when the text is not such an array.
 */
function unreadableArgument(params: readonly FunctionParam[], text: string): string | null {
  const pieces = topLevelItems(text.trim());
  if (pieces === null) return null;
  for (const [index, piece] of pieces.entries()) {
    try {
      parseJson(piece);
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      const name = params[index]?.name;
      const label =
        name === undefined
          ? `value ${index + 1} (there are ${params.length} arguments)`
          : `argument ${index + 1} (${name})`;
      return `${label} ${JSON.stringify(piece.length > 40 ? `${piece.slice(0, 40)}…` : piece)}: ${error.message}`;
    }
  }
  return null;
}

/** The items of a JSON-like array text, cut at commas outside strings and brackets. */
function topLevelItems(text: string): string[] | null {
  if (!text.startsWith('[') || !text.endsWith(']')) return null;
  const items: string[] = [];
  let depth = 0;
  let start = 1;
  let inString = false;
  for (let at = 1; at < text.length - 1; at++) {
    const char = text[at];
    if (inString) {
      if (char === '\\') at++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 0) {
      items.push(text.slice(start, at).trim());
      start = at + 1;
    }
  }
  const last = text.slice(start, -1).trim();
  if (last.length > 0 || items.length > 0) items.push(last);
  return items;
}

function customTest(signature: FunctionSignature, input: Json): FunctionTest {
  if (signature.form === 'function') {
    const args = checkArguments(signature.params, input, 'the input');
    return { name: 'custom', line: stringifyJson(args), expected: null, calls: null };
  }
  const { ops, calls } = classCalls(signature, input, 'the input');
  // no answer: a null per call lets the runner report what each call returned
  return { name: 'custom', line: stringifyJson(calls), expected: ops.map(() => null), calls: ops.map(String) };
}

/** The most calls one custom run may hold (one JSON value per line). */
export const MAX_CUSTOM_CALLS = 50;

/**
 * Custom input of a function problem: one JSON value (it may span lines), or one per line for
 * several calls, each checked against the signature by customFunctionTest.
 */
export function customFunctionTests(signature: FunctionSignature, text: string): FunctionTest[] {
  let whole: Json | undefined;
  try {
    whole = parseJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
  }
  if (whole !== undefined) return [customTest(signature, whole)];
  const lines = text.split('\n').filter((line) => line.trim().length > 0);
  if (lines.length > MAX_CUSTOM_CALLS) {
    throw new JudgeSetupError(`at most ${MAX_CUSTOM_CALLS} calls (lines) in one run, got ${lines.length}`);
  }
  if (lines.length <= 1) return [customFunctionTest(signature, text)];
  return lines.map((line, index) => {
    try {
      return { ...customFunctionTest(signature, line), name: `custom ${index + 1}` };
    } catch (error) {
      if (error instanceof JudgeSetupError) throw new JudgeSetupError(`line ${index + 1}: ${error.message}`);
      throw error;
    }
  });
}
