/** The search state, kept in the URL (`/search/?q=…&analyst=…&analyst=…`) so a search can be shared and reloaded. */
export interface SearchState {
  q: string;
  analysts: string[];
}

/** Longest query we search for: longer input is cut, not an error. */
export const MAX_QUERY = 200;

/**
 * The first MAX_QUERY UTF-16 units of a query, never half a character: a
 * cut through a surrogate pair (an emoji, a rare CJK character) would leave a
 * lone surrogate, which the URL turns into U+FFFD.
 */
export function clipQuery(q: string): string {
  if (q.length <= MAX_QUERY) return q;
  const cut = q.slice(0, MAX_QUERY);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    q: clipQuery(params.get('q') ?? ''),
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
  return clipQuery(q.replace(/\s+/g, ' ').trim());
}
