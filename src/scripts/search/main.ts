/**
 * The search page's script: loads Pagefind, searches as the reader types,
 * groups results into quotes and passages, offers the analyst facet with
 * counts, and keeps the state in the URL. Loaded only on /search/.
 */
import { groupResults, type PagefindData } from './results.ts';
import { clipQuery, normalizeQuery, readState, writeState, type SearchState } from './state.ts';
import { renderFacet, renderResults, wireKeyboard } from './ui.ts';

interface PagefindSearch {
  results: { data: () => Promise<PagefindData> }[];
  /** Counts within the current results (the analyst filter applied). */
  filters: Record<string, Record<string, number>>;
  /** Counts for the query alone, before any filter. */
  totalFilters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const results = document.querySelector<HTMLElement>('#search-results')!;
const facet = document.querySelector<HTMLElement>('#analyst-facet')!;
const facetBox = document.querySelector<HTMLElement>('#facet-box')!;

let state: SearchState = readState(location.search);
let loading: Promise<Pagefind> | undefined;
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

async function update(): Promise<void> {
  const mine = ++run;
  // Busy until this run (the latest) has rendered: assistive technology and tests wait for it.
  results.setAttribute('aria-busy', 'true');
  try {
    await search(mine);
  } finally {
    if (mine === run) results.setAttribute('aria-busy', 'false');
  }
}

async function search(mine: number): Promise<void> {
  const q = normalizeQuery(state.q);
  document.title = q ? `“${q}” – Search – Analysis Reader` : 'Search – Analysis Reader';
  history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
  // One load, however many updates start before it finishes (the first one runs on page load).
  const pagefind = await (loading ??= load());
  if (mine !== run) return;
  // An analyst the index does not know (an old or edited link) would filter out everything, unseen in the facet.
  const known = state.analysts.filter((a) => allAnalysts.includes(a));
  if (known.length !== state.analysts.length) {
    state = { ...state, analysts: known };
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
  }
  const filters = state.analysts.length > 0 ? { analyst: { any: state.analysts } } : undefined;
  if (!q && !filters) {
    results.replaceChildren();
    renderFacet(facet, allAnalysts.map((name) => ({ name, count: 0, checked: false })));
    facetBox.hidden = true;
    announce('Type to search quotes and passages, or pick an analyst.');
    return;
  }
  // No debounce: a search takes a few milliseconds, and a newer run makes an older one's results stale (`mine`).
  const found = await pagefind.search(q || null, { filters });
  if (found === null || mine !== run) return;
  const data = await Promise.all(found.results.slice(0, 30).map((r) => r.data()));
  if (mine !== run) return;
  const { quotes, passages } = groupResults(data);
  renderResults(results, quotes, passages);
  // The analysts are alternatives (any of them): each count is what that analyst's box would add,
  // so it must not be narrowed by the boxes already checked (`filters` would show 0 for every other analyst).
  const counts = (found.totalFilters ?? found.filters).analyst ?? {};
  renderFacet(facet, allAnalysts.map((name) => ({ name, count: counts[name] ?? 0, checked: state.analysts.includes(name) })));
  facetBox.hidden = false;
  const total = quotes.length + passages.length;
  const by = state.analysts.length ? ` by ${state.analysts.join(' or ')}` : '';
  announce(
    total === 0
      ? q
        ? `No results for “${q}”${by}.`
        : `No results${by}.`
      : `${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'} and ${passages.length} ${passages.length === 1 ? 'passage' : 'passages'}.`,
  );
}

input.value = state.q;
input.addEventListener('input', () => {
  state = { ...state, q: clipQuery(input.value) };
  void update();
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  // The field as it is now, even if no input event told us (a value restored or filled in by the browser).
  state = { ...state, q: clipQuery(input.value) };
  void update();
});
facet.addEventListener('change', () => {
  state = { ...state, analysts: [...facet.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value) };
  void update();
});
wireKeyboard(input, results);
document.documentElement.classList.add('search-ready');
void update();
