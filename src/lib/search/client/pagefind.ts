/**
 * Pagefind in the browser: its types (what we use of them) and one load of
 * each bundle, shared by the search page and the header field: the whole
 * index (urls.searchIndex(): passages and quotes, every facet) and the quotes
 * alone (urls.quoteIndex(), small: it answers first). Each bundle's script is
 * a module of its own with its own worker, so a quote search never waits
 * behind a passage search still running.
 *
 * Pagefind counts, on every search, the values of every filter it has loaded:
 * at 1,000 articles (an article facet of 1,000 values) that is most of a
 * quote search's time (70–110 ms against 8–11 ms for a surname's 786 quotes).
 * So the quotes bundle loads only the filters the reader picked, and the
 * search page's facet counts come from the whole index (every filter loaded:
 * its facets' values), searched in its own worker after the quotes are shown.
 */
import { urls } from '../../site/urls.ts';
import type { PagefindData } from './results.ts';

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts within the current results (the filters applied), for the filters loaded. */
  filters: Record<string, Record<string, number>>;
  /** Counts for the query alone, before any filter. */
  totalFilters?: Record<string, Record<string, number>>;
  /** One entry per instance searched (a bundle and those merged into it). */
  timings?: { preload: number; search: number; total: number }[];
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
  preload: (q: string, o?: { filters?: Record<string, unknown> }) => Promise<void>;
  /** Loads every filter (from then on each search counts them all) and returns the counts for no query. */
  filters: () => Promise<Record<string, Record<string, number>>>;
}
const OPTIONS = { excerptLength: 24 };

const BUNDLES = { all: urls.searchIndex(), quotes: urls.quoteIndex() } as const;
const loading = new Map<keyof typeof BUNDLES, Promise<Pagefind>>();

function load(bundle: keyof typeof BUNDLES): Promise<Pagefind> {
  let pending = loading.get(bundle);
  if (!pending) {
    pending = (async () => {
      const url = new URL(`${BUNDLES[bundle]}pagefind.js`, location.href).href;
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pf.options(OPTIONS);
      await pf.init();
      return pf;
    })();
    loading.set(bundle, pending);
  }
  return pending;
}

/** The whole index (passages and quotes, every facet's values), loaded and initialised once however many callers ask. */
export const loadPagefind = (): Promise<Pagefind> => load('all');
/** The quotes alone: the same records, filters and meta as the whole index's quotes. No filter is loaded into it but those searched with. */
export const loadQuotes = (): Promise<Pagefind> => load('quotes');

/** Queries shorter than this match so many words that Pagefind's search takes most of a second on a large index. */
const SHORT_QUERY = 3;
/** How long the reader pauses before a short query is searched. */
const SHORT_PAUSE_MS = 250;

/** How a wait for the reader's pause learns that it is over: `isStale` says so, `newer` wakes it at once. */
export interface Staleness {
  isStale: () => boolean;
  newer?: AbortSignal;
  filters?: Record<string, unknown>;
}

/**
 * For a short query (one or two letters, usually the start of a longer one): waits for the reader to
 * pause; a search of it started at once would hold up the search of the next key for as long as it takes.
 * Two letters also load their part of the index meanwhile (Pagefind's `preload`: no scoring); one letter
 * would load most of it, a worker's time the next key's search would wait behind. Resolves false once a
 * newer request has come (the search is stale), true when the query should be searched now.
 */
export async function readyToSearch(pf: Pagefind, q: string, { isStale, newer, filters }: Staleness): Promise<boolean> {
  if (q.length >= SHORT_QUERY) return true;
  if (q.length > 1) void pf.preload(q, filters ? { filters } : {});
  return paused(SHORT_PAUSE_MS, isStale, newer);
}

/** How long the reader pauses before the passages (the whole index: hundreds of ms at 1,000 articles) are searched. */
const PASSAGE_PAUSE_MS = 120;

/**
 * For the passages' search: starts loading the query's part of the whole index at once (`preload`: no
 * scoring), then waits for the reader to pause, so that a key typed meanwhile does not share the CPU with
 * scoring passages for a query already stale. True when the passages should be searched now.
 */
export async function readyForPassages(pf: Pagefind, q: string, isStale: () => boolean, filters: Record<string, unknown>): Promise<boolean> {
  if (q) void pf.preload(q, { filters });
  return paused(PASSAGE_PAUSE_MS, isStale);
}

/** Waits `ms`, checking every 25 ms (and at once when `newer` aborts); false as soon as the request is stale. */
async function paused(ms: number, isStale: () => boolean, newer?: AbortSignal): Promise<boolean> {
  const woken = new Promise<void>((resolve) => newer?.addEventListener('abort', () => resolve(), { once: true }));
  for (let waited = 0; waited < ms && !isStale(); waited += 25) await Promise.race([woken, new Promise((resolve) => setTimeout(resolve, 25))]);
  return !isStale();
}

/** Resolves when `signal` aborts (at once if it has). */
const abortOf = (signal: AbortSignal) =>
  new Promise<'aborted'>((resolve) => (signal.aborted ? resolve('aborted') : signal.addEventListener('abort', () => resolve('aborted'), { once: true })));

/**
 * The results' data in growing steps (`steps`: how many after each): the best result shows as soon as its
 * own data is in, then the next few. Yields everything fetched so far after each step; stops once stale,
 * and at once when `newer` aborts: the next key's search need not wait for a stale step's fetches.
 */
export async function* resultSteps(found: PagefindSearch, steps: readonly number[], isStale: () => boolean, newer?: AbortSignal): AsyncGenerator<PagefindData[]> {
  const data: PagefindData[] = [];
  for (const [i, end] of steps.entries()) {
    const more = found.results.slice(data.length, end);
    if (more.length === 0 && i > 0) return;
    const step = Promise.all(more.map((r) => r.data()));
    const fetched = await (newer ? Promise.race([step, abortOf(newer)]) : step);
    if (fetched === 'aborted' || isStale()) return;
    data.push(...fetched);
    yield data;
  }
}
