// Drafts per problem and language: kept in localStorage at once, and on the account (when
// signed in and the server has the drafts API) a moment after typing stops.
import { api, isMissing } from '../lib/api.ts';
import type { Draft } from '../lib/types.ts';

const PREFIX = 'verdict.draft.';
const LANGUAGE_KEY = 'verdict.language';

export interface LocalDraft {
  code: string;
  updatedAt: string;
}

const key = (problemId: string, language: string) => `${PREFIX}${problemId}.${language}`;

export function readLocalDraft(problemId: string, language: string): LocalDraft | undefined {
  try {
    const text = localStorage.getItem(key(problemId, language));
    return text ? (JSON.parse(text) as LocalDraft) : undefined;
  } catch {
    return undefined;
  }
}

export function writeLocalDraft(problemId: string, language: string, code: string): void {
  try {
    localStorage.setItem(key(problemId, language), JSON.stringify({ code, updatedAt: new Date().toISOString() }));
  } catch {
    // storage full or disabled: the account copy still works
  }
}

export function removeLocalDraft(problemId: string, language: string): void {
  try {
    localStorage.removeItem(key(problemId, language));
  } catch {
    // nothing kept
  }
}

export function preferredLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberLanguage(language: string): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // not kept
  }
}

/** The account's drafts of a problem; an empty list when the server has no drafts API. */
export async function loadAccountDrafts(problemId: string, signal?: AbortSignal): Promise<Draft[]> {
  try {
    const answer = await api.get<{ drafts: Draft[] }>(`/api/v1/me/drafts/${encodeURIComponent(problemId)}`, {
      signal,
    });
    return answer.drafts;
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

let accountDraftsAvailable = true;

/** Saves to the account; returns false when the server has no drafts API (then only the local copy is kept). */
export async function saveAccountDraft(problemId: string, language: string, code: string): Promise<boolean> {
  if (!accountDraftsAvailable) return false;
  const path = `/api/v1/me/drafts/${encodeURIComponent(problemId)}/${encodeURIComponent(language)}`;
  try {
    await api.put(path, { code });
    return true;
  } catch (error) {
    if (isMissing(error)) {
      accountDraftsAvailable = false;
      return false;
    }
    throw error;
  }
}

export async function deleteAccountDraft(problemId: string, language: string): Promise<void> {
  if (!accountDraftsAvailable) return;
  const path = `/api/v1/me/drafts/${encodeURIComponent(problemId)}/${encodeURIComponent(language)}`;
  try {
    await api.delete(path);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

/** The newer of the local and the account copy. */
export function newestDraft(local: LocalDraft | undefined, account: Draft | undefined): LocalDraft | undefined {
  if (!local) return account;
  if (!account) return local;
  return local.updatedAt >= account.updatedAt ? local : account;
}
