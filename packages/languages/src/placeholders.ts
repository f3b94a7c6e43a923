import type { Placeholder } from './schema.ts';

export type PlaceholderValues = Record<Exclude<Placeholder, 'sources'>, string>;

/** Replaces `{memoryMb}` and `{source}`; the schema has already refused unknown names. */
export function expandPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(/\{([^{}]*)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as keyof PlaceholderValues] : whole,
  );
}

/** Expands placeholders; an argument that is exactly `{sources}` becomes one argument per source file. */
export function expandArgv(
  argv: readonly string[],
  values: PlaceholderValues,
  sources: readonly string[] = [],
): string[] {
  return argv.flatMap((arg) => (arg === '{sources}' ? [...sources] : [expandPlaceholders(arg, values)]));
}

export function expandEnv(env: Readonly<Record<string, string>>, values: PlaceholderValues): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, expandPlaceholders(value, values)]));
}
