import { api } from './api.ts';
import type { ProblemList, ProblemSummary } from './types.ts';

/** Enough for the whole catalog in one answer; filtering then happens in the browser, instantly. */
const CATALOG_PAGE = 500;

export async function loadCatalog(signal?: AbortSignal): Promise<ProblemSummary[]> {
  const items: ProblemSummary[] = [];
  for (let offset = 0; ; offset += CATALOG_PAGE) {
    const page = await api.get<ProblemList>(`/api/v1/problems?limit=${CATALOG_PAGE}&offset=${offset}`, { signal });
    items.push(...page.items);
    if (page.items.length < CATALOG_PAGE || items.length >= page.total) return items;
  }
}
