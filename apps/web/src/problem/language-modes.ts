// Syntax modes by Verdict language id, each loaded only when the language is picked.
import { type LanguageSupport, StreamLanguage, type StreamParser } from '@codemirror/language';
import type { Extension } from '@codemirror/state';

async function legacy<T>(load: () => Promise<T>, pick: (module: T) => StreamParser<unknown>): Promise<Extension> {
  return StreamLanguage.define(pick(await load()));
}

const LOADERS: Record<string, () => Promise<Extension | LanguageSupport>> = {
  python: async () => (await import('@codemirror/lang-python')).python(),
  cpp: async () => (await import('@codemirror/lang-cpp')).cpp(),
  java: async () => (await import('@codemirror/lang-java')).java(),
  javascript: async () => (await import('@codemirror/lang-javascript')).javascript(),
  typescript: async () => (await import('@codemirror/lang-javascript')).javascript({ typescript: true }),
  rust: async () => (await import('@codemirror/lang-rust')).rust(),
  go: async () => (await import('@codemirror/lang-go')).go(),
  php: async () => (await import('@codemirror/lang-php')).php(),
  kotlin: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/clike'),
      (m) => m.kotlin,
    ),
  csharp: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/clike'),
      (m) => m.csharp,
    ),
  scala: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/clike'),
      (m) => m.scala,
    ),
  ruby: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/ruby'),
      (m) => m.ruby,
    ),
  lua: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/lua'),
      (m) => m.lua,
    ),
  perl: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/perl'),
      (m) => m.perl,
    ),
  haskell: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/haskell'),
      (m) => m.haskell,
    ),
  ocaml: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/mllike'),
      (m) => m.oCaml,
    ),
  fsharp: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/mllike'),
      (m) => m.fSharp,
    ),
  erlang: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/erlang'),
      (m) => m.erlang,
    ),
  d: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/d'),
      (m) => m.d,
    ),
  pascal: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/pascal'),
      (m) => m.pascal,
    ),
  fortran: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/fortran'),
      (m) => m.fortran,
    ),
  scheme: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/scheme'),
      (m) => m.scheme,
    ),
  commonlisp: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/commonlisp'),
      (m) => m.commonLisp,
    ),
  tcl: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/tcl'),
      (m) => m.tcl,
    ),
  shell: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/shell'),
      (m) => m.shell,
    ),
  swift: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/swift'),
      (m) => m.swift,
    ),
  r: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/r'),
      (m) => m.r,
    ),
  julia: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/julia'),
      (m) => m.julia,
    ),
  crystal: () =>
    legacy(
      () => import('@codemirror/legacy-modes/mode/crystal'),
      (m) => m.crystal,
    ),
};

/** Verdict language ids whose mode has another name (the rest use their own id). */
const ALIASES: Record<string, string> = {
  python3: 'python',
  pypy3: 'python',
  c: 'cpp',
  cpp17: 'cpp',
  cpp20: 'cpp',
  cpp23: 'cpp',
  bash: 'shell',
  // Elixir and Nim have no CodeMirror mode; Ruby's and Python's highlight them reasonably
  elixir: 'ruby',
  nim: 'python',
};

/** The syntax mode of a language, or none (plain text) when there is no mode for it. */
export async function loadLanguageMode(languageId: string): Promise<Extension> {
  const loader = LOADERS[ALIASES[languageId] ?? languageId] ?? LOADERS[languageId.replace(/\d+$/, '')];
  return loader ? loader() : [];
}
