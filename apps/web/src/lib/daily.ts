import { api, isMissing } from './api.ts';
import { loadCatalog } from './catalog.ts';
import type { Daily } from './types.ts';

/**
 * Today's problem from the server; where the server has no /daily yet, one picked from the
 * catalog by the date, so that everyone sees the same one on the same day.
 */
export async function loadDaily(signal?: AbortSignal): Promise<Daily | null> {
  try {
    return await api.get<Daily>('/api/v1/daily', { signal });
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  const problems = await loadCatalog(signal);
  if (problems.length === 0) return null;
  const date = new Date().toISOString().slice(0, 10);
  const day = Math.floor(Date.parse(date) / 86_400_000);
  const sorted = [...problems].sort((a, b) => a.id.localeCompare(b.id));
  const problem = sorted[day % sorted.length];
  return problem ? { date, problem } : null;
}
