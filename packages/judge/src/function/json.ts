/**
 * JSON for function problems, exact where JavaScript's JSON is not: a number keeps its source
 * text, so a 64-bit integer such as 9223372036854775807 survives the trip from a test file to
 * a driver and back, and is compared digit for digit.
 */

/** A JSON number as written; `value` is its nearest double. */
export class JsonNumber {
  readonly value: number;
  constructor(readonly text: string) {
    this.value = Number(text);
  }
  /** Written without a fraction or exponent. */
  get isInteger(): boolean {
    return /^-?\d+$/.test(this.text);
  }
}

export type Json = null | boolean | string | JsonNumber | Json[] | { [key: string]: Json };

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
/** Deeper nesting than any signature type needs, yet far from the stack's end. */
const MAX_DEPTH = 64;

class Parser {
  at = 0;
  constructor(private readonly text: string) {}

  fail(what: string): never {
    const near = JSON.stringify(this.text.slice(this.at, this.at + 20));
    throw new JsonSyntaxError(`${what} at character ${this.at + 1} (near ${near})`);
  }

  space(): void {
    while (this.at < this.text.length && ' \t\r\n'.includes(this.text[this.at] as string)) this.at++;
  }

  value(depth: number): Json {
    if (depth > MAX_DEPTH) this.fail('nested too deeply');
    this.space();
    const char = this.text[this.at];
    if (char === '[') return this.array(depth);
    if (char === '{') return this.object(depth);
    if (char === '"') return this.string();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('expected a value');
    this.at += match[0].length;
    return new JsonNumber(match[0]);
  }

  array(depth: number): Json[] {
    this.at++;
    const items: Json[] = [];
    this.space();
    if (this.text[this.at] === ']') {
      this.at++;
      return items;
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.space();
      const char = this.text[this.at++];
      if (char === ']') return items;
      if (char !== ',') this.fail('expected "," or "]"');
    }
  }

  object(depth: number): { [key: string]: Json } {
    this.at++;
    const object: { [key: string]: Json } = {};
    this.space();
    if (this.text[this.at] === '}') {
      this.at++;
      return object;
    }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') this.fail('expected a key');
      const key = this.string();
      this.space();
      if (this.text[this.at++] !== ':') this.fail('expected ":"');
      Object.defineProperty(object, key, { value: this.value(depth + 1), enumerable: true, writable: true });
      this.space();
      const char = this.text[this.at++];
      if (char === '}') return object;
      if (char !== ',') this.fail('expected "," or "}"');
    }
  }

  string(): string {
    this.at++;
    let out = '';
    for (;;) {
      const char = this.text[this.at++];
      if (char === undefined) this.fail('unterminated string');
      if (char === '"') return out;
      if (char < ' ') this.fail('control character in a string');
      if (char !== '\\') {
        out += char;
        continue;
      }
      const code = this.text[this.at++] as string;
      if (code === 'u') {
        const hex = this.text.slice(this.at, this.at + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape');
        out += String.fromCharCode(Number.parseInt(hex, 16));
        this.at += 4;
      } else if (ESCAPES[code] !== undefined) {
        out += ESCAPES[code];
      } else {
        this.fail('bad escape');
      }
    }
  }
}

/** Parses one JSON text; numbers become JsonNumber. Throws JsonSyntaxError. */
export function parseJson(text: string): Json {
  const parser = new Parser(text);
  const value = parser.value(0);
  parser.space();
  if (parser.at !== text.length) parser.fail('unexpected text after the value');
  return value;
}

/** One line of JSON, numbers as written, strings with JSON's escapes (non-ASCII kept as is). */
export function stringifyJson(value: Json): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof JsonNumber) return value.text;
  if (Array.isArray(value)) return `[${value.map(stringifyJson).join(',')}]`;
  return `{${Object.entries(value)
    .map(([key, entry]) => `${JSON.stringify(key)}:${stringifyJson(entry)}`)
    .join(',')}}`;
}

export function isJsonObject(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof JsonNumber);
}
