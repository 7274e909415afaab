/** The search state, kept in the URL (`/search/?q=…&analyst=…&analyst=…`) so a search can be shared and reloaded. */
export interface SearchState {
  q: string;
  analysts: string[];
}

/** Longest query we search for: longer input is cut, not an error. */
export const MAX_QUERY = 200;

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    analysts: params.getAll('analyst').filter((a) => a.trim() !== ''),
  };
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const a of state.analysts) params.append('analyst', a);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The query as Pagefind should see it: trimmed, bounded; empty means "no query". */
export function normalizeQuery(q: string): string {
  return q.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
}
