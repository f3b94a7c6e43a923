import { readFile } from 'node:fs/promises';
import type { FunctionParam, FunctionSignature, Problem, TestCase, TestGroup } from '@verdict/problems';
import { JudgeSetupError } from '../errors.ts';
import { isJsonObject, type Json, JsonSyntaxError, parseJson, stringifyJson } from './json.ts';
import { describeType, isValueOf } from './values.ts';

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

function checkArguments(params: readonly FunctionParam[], args: Json, where: string): Json[] {
  if (!Array.isArray(args) || args.length !== params.length) {
    throw new JudgeSetupError(`${where} must be a JSON array of ${params.length} argument(s)`);
  }
  params.forEach((param, index) => {
    if (!isValueOf(param.type, args[index] as Json)) {
      throw new JudgeSetupError(`${where}: argument ${index + 1} (${param.name}) must be ${describeType(param.type)}`);
    }
  });
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
  return customTest(signature, parseCustomInput(text));
}

function parseCustomInput(text: string): Json {
  try {
    return parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new JudgeSetupError(`the input must be JSON (${error.message}); the samples show the format`);
    }
    throw error;
  }
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
