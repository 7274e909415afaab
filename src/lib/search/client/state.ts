/**
 * The search state, kept in the URL (`/search/?q=…&analyst=…&article=…&topic=…`)
 * so a search can be shared and reloaded. Values of one facet are
 * alternatives (any of them); different facets narrow each other.
 */
export interface SearchState {
  q: string;
  analysts: string[];
  articles?: string[];
  topics?: string[];
}

/** The facets: the Pagefind filter, its URL parameter, and where the state keeps its values. */
export const FACETS = [
  // Everyone quoted (the people registry), analysts first; `analyst` stays the URL parameter shared searches carry.
  { filter: 'analyst', field: 'analysts', legend: 'Speaker' },
  { filter: 'article', field: 'articles', legend: 'Article' },
  { filter: 'topic', field: 'topics', legend: 'Topic' },
] as const;
export type Facet = (typeof FACETS)[number];

export function valuesOf(state: SearchState, facet: Facet): string[] {
  return state[facet.field] ?? [];
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
  const state: SearchState = { q: clipQuery(params.get('q') ?? ''), analysts: [] };
  for (const facet of FACETS) {
    const values = params.getAll(facet.filter).filter((v) => v.trim() !== '');
    if (values.length > 0 || facet.field === 'analysts') state[facet.field] = values;
  }
  return state;
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const facet of FACETS) for (const v of valuesOf(state, facet)) params.append(facet.filter, v);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind's filter argument for the state: undefined when nothing is picked. */
export function filtersOf(state: SearchState): Record<string, { any: string[] }> | undefined {
  const picked = FACETS.filter((f) => valuesOf(state, f).length > 0);
  if (picked.length === 0) return undefined;
  return Object.fromEntries(picked.map((f) => [f.filter, { any: valuesOf(state, f) }]));
}

/** The query as Pagefind should see it: trimmed, bounded; empty means "no query". */
export function normalizeQuery(q: string): string {
  return clipQuery(q.replace(/\s+/g, ' ').trim());
}
