import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

export type YamlResult = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/** Reads a YAML mapping; an empty file is an empty mapping, anything but a mapping is an error. */
export async function readYamlMapping(path: string): Promise<YamlResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    // the message of a system error names the absolute path: say it in the package's terms
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? 'the file is missing' : `cannot be read (${code ?? 'error'})` };
  }
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    return { ok: false, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  if (value === null || value === undefined) return { ok: true, value: {} };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'must be a YAML mapping of keys to values' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** Flags given as a string ("float_tolerance 1e-6") or a list. */
export function flagList(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value.split(/\s+/).filter((flag) => flag.length > 0);
  if (Array.isArray(value) && value.every((flag) => typeof flag === 'string' || typeof flag === 'number')) {
    return value.map(String);
  }
  return null;
}
