/**
 * Pagefind in the browser: its types (what we use of them) and one load of
 * `/pagefind/pagefind.js`, shared by the search page and the header field.
 */
import type { PagefindData } from './results.ts';

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts within the current results (the filters applied). */
  filters: Record<string, Record<string, number>>;
  /** Counts for the query alone, before any filter. */
  totalFilters?: Record<string, Record<string, number>>;
  timings?: { preload: number; search: number; total: number };
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
  preload: (q: string, o?: { filters?: Record<string, unknown> }) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded and initialised once however many callers ask for it. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  })();
  return loading;
}
