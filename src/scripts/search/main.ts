/**
 * The search page's script: loads Pagefind, searches as the reader types,
 * groups results into quotes and passages, offers the analyst facet with
 * counts, and keeps the state in the URL. Loaded only on /search/.
 */
import { groupResults, type PagefindData } from './results.ts';
import { MAX_QUERY, normalizeQuery, readState, writeState, type SearchState } from './state.ts';
import { renderFacet, renderResults, wireKeyboard } from './ui.ts';

interface PagefindSearch {
  results: { data: () => Promise<PagefindData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
  debouncedSearch: (q: string | null, o?: { filters?: Record<string, unknown> }, ms?: number) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const results = document.querySelector<HTMLElement>('#search-results')!;
const facet = document.querySelector<HTMLElement>('#analyst-facet')!;
const facetBox = document.querySelector<HTMLElement>('#facet-box')!;

let state: SearchState = readState(location.search);
let pagefind: Pagefind | undefined;
let allAnalysts: string[] = [];
let run = 0;

async function load(): Promise<Pagefind> {
  const url = new URL('/pagefind/pagefind.js', location.href).href;
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pf.options({ excerptLength: 24 });
  await pf.init();
  allAnalysts = Object.keys((await pf.filters()).analyst ?? {}).sort((a, b) => a.localeCompare(b));
  return pf;
}

function announce(text: string): void {
  status.textContent = text;
}

async function update(debounce: boolean): Promise<void> {
  const mine = ++run;
  const q = normalizeQuery(state.q);
  history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
  document.title = q ? `“${q}” – Search – Analysis Reader` : 'Search – Analysis Reader';
  pagefind ??= await load();
  const filters = state.analysts.length > 0 ? { analyst: { any: state.analysts } } : undefined;
  if (!q && !filters) {
    results.replaceChildren();
    renderFacet(facet, allAnalysts.map((name) => ({ name, count: 0, checked: false })));
    facetBox.hidden = true;
    announce('Type to search quotes and passages, or pick an analyst.');
    return;
  }
  const search = debounce ? await pagefind.debouncedSearch(q || null, { filters }, 120) : await pagefind.search(q || null, { filters });
  if (search === null || mine !== run) return;
  const data = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  if (mine !== run) return;
  const { quotes, passages } = groupResults(data);
  renderResults(results, quotes, passages);
  const counts = search.filters.analyst ?? {};
  renderFacet(facet, allAnalysts.map((name) => ({ name, count: counts[name] ?? 0, checked: state.analysts.includes(name) })));
  facetBox.hidden = false;
  const total = quotes.length + passages.length;
  announce(
    total === 0
      ? `No results for “${q}”${state.analysts.length ? ` by ${state.analysts.join(' or ')}` : ''}.`
      : `${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'} and ${passages.length} ${passages.length === 1 ? 'passage' : 'passages'}.`,
  );
}

input.value = state.q;
input.addEventListener('input', () => {
  state = { ...state, q: input.value.slice(0, MAX_QUERY) };
  void update(true);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  void update(false);
});
facet.addEventListener('change', () => {
  state = { ...state, analysts: [...facet.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value) };
  void update(false);
});
wireKeyboard(input, results);
document.documentElement.classList.add('search-ready');
void update(false);
